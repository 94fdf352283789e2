package dev.iamgate.input.hcl;

import dev.iamgate.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One use of a module directory: the root module of a configuration, or a module called from
 * another instance. Holds what iamgate knows of its input variables, caches the values of its
 * locals, and links to its scanned child instances. Not thread-safe.
 */
final class ModuleInstance {
  final ModuleDir dir;

  /** {@code module.a.module.b}, or empty for the root module. */
  final String address;

  final List<String> calls;

  /** The calling instance, or null for the root module. */
  final ModuleInstance parent;

  /** The {@code module} block that calls this instance, or null for the root module. */
  final HclBlock call;

  /** For the root module: values from terraform.tfvars and *.auto.tfvars. */
  final Map<String, Value> tfvars;

  final Map<String, ModuleInstance> children = new LinkedHashMap<>();

  /** Module calls not scanned, by call name, with the reason. */
  final Map<String, String> unscanned = new LinkedHashMap<>();

  final Map<String, Value> localValues = new HashMap<>();
  final Set<String> evaluating = new HashSet<>();

  private ModuleInstance(
      ModuleDir dir, ModuleInstance parent, HclBlock call, Map<String, Value> tfvars) {
    this.dir = dir;
    this.parent = parent;
    this.call = call;
    this.tfvars = Map.copyOf(tfvars);
    if (parent == null) {
      this.address = "";
      this.calls = List.of();
    } else {
      String name = call.label(0);
      this.address = (parent.address.isEmpty() ? "" : parent.address + ".") + "module." + name;
      List<String> path = new ArrayList<>(parent.calls);
      path.add(name);
      this.calls = List.copyOf(path);
    }
  }

  static ModuleInstance root(ModuleDir dir, Map<String, Value> tfvars) {
    return new ModuleInstance(dir, null, null, tfvars);
  }

  ModuleInstance child(ModuleDir childDir, HclBlock callBlock) {
    ModuleInstance child = new ModuleInstance(childDir, this, callBlock, Map.of());
    children.put(callBlock.label(0), child);
    return child;
  }

  /** This instance and all its descendants, depth first. */
  List<ModuleInstance> tree() {
    List<ModuleInstance> all = new ArrayList<>();
    all.add(this);
    children.values().forEach(child -> all.addAll(child.tree()));
    return all;
  }

  /** How many module calls lie between this instance and the root. */
  int depth() {
    return calls.size();
  }
}
