package dev.iamgate.input.hcl;

import dev.iamgate.model.Actions;
import dev.iamgate.model.Address;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.Location;
import dev.iamgate.model.Mode;
import dev.iamgate.model.References;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Value;
import dev.iamgate.model.Waiver;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns one root module and the modules it calls into a {@link ChangeSet} read as creations
 * ("declared"): one change per resource block and module instance, at the block's header, with its
 * statically evaluated attributes and the resources they refer to. A literal {@code count = 0} or
 * empty {@code for_each} declares nothing; one that cannot be resolved is judged as declared, with
 * a notice.
 */
final class ConfigurationBuilder {
  private static final Set<String> META =
      Set.of(
          "count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection");

  /** Module sources whose purpose is to make an IAM user, and the user resource they declare. */
  private static final Map<String, String> IAM_USER_MODULES =
      Map.of(
          "terraform-aws-modules/iam/aws//modules/iam-user", "this",
          "github.com/terraform-aws-modules/terraform-aws-iam//modules/iam-user", "this",
          "cloudposse/iam-system-user/aws", "default",
          "cloudposse/iam-user/aws", "default");

  private final Workspace workspace;
  private final Interpreter interpreter;
  private final List<Diagnostic> notices = new ArrayList<>();

  private ConfigurationBuilder(Workspace workspace, Interpreter interpreter) {
    this.workspace = workspace;
    this.interpreter = interpreter;
  }

  /**
   * The instance tree of the root module in {@code directory}, with the interpreter that evaluates
   * it.
   */
  static ConfigurationBuilder forRoot(Workspace workspace, Path directory) {
    Functions functions = new Functions(workspace.scanRoot, directory);
    Interpreter interpreter = new Interpreter(functions);
    functions.bind(interpreter);
    return new ConfigurationBuilder(workspace, interpreter);
  }

  ModuleInstance instantiate(ModuleDir rootDir) {
    ModuleInstance root = ModuleInstance.root(rootDir, workspace.tfvars(rootDir, interpreter));
    addChildren(root, new HashSet<>(List.of(rootDir.directory)));
    return root;
  }

  private void addChildren(ModuleInstance module, Set<Path> ancestors) {
    for (HclBlock call : module.dir.modules) {
      String name = call.label(0);
      if (!call.isAnalysed()) {
        module.unscanned.put(name, "a module block iamgate could not fully analyse");
        continue;
      }
      if (!isDeclared(call, module, "module." + name)) {
        continue;
      }
      Outline.Attribute sourceAttribute = call.attributes().get("source");
      String source =
          sourceAttribute == null
              ? null
              : interpreter.evaluate(sourceAttribute.expression(), Frame.of(module)).textOrNull();
      StringBuilder why = new StringBuilder();
      Path directory = source == null ? null : workspace.moduleSource(module, name, source, why);
      if (source == null) {
        why.append("a module without a literal source");
      } else if (directory != null
          && (ancestors.contains(directory) || workspace.isTooDeep(module))) {
        why.append("a module that calls itself, or nested too deeply (").append(source).append(')');
        directory = null;
      }
      if (directory == null) {
        module.unscanned.put(name, why.toString());
        notices.add(
            new Diagnostic(
                call.location(), "module." + name + " is not scanned: it is " + why, ""));
        continue;
      }
      Set<Path> path = new HashSet<>(ancestors);
      path.add(directory);
      addChildren(module.child(workspace.module(directory), call), path);
    }
  }

  /** The change set of the configuration rooted at {@code root}. */
  ChangeSet build(ModuleInstance root) {
    List<ResourceChange> changes = new ArrayList<>();
    Set<String> markers = new TreeSet<>();
    Set<ModuleDir> dirs = new LinkedHashSet<>();
    for (ModuleInstance module : root.tree()) {
      dirs.add(module.dir);
      for (HclBlock block : module.dir.resources) {
        if (isDeclared(block, module, block.label(0) + "." + block.label(1))) {
          changes.add(change(block, module, Mode.MANAGED));
        }
      }
      for (HclBlock block : module.dir.data) {
        changes.add(change(block, module, Mode.DATA));
      }
      for (HclBlock block : module.dir.removed) {
        ResourceChange removal = removal(block, module);
        if (removal != null) {
          changes.add(removal);
        }
      }
      changes.addAll(knownModuleUsers(module));
    }
    changes.forEach(
        change -> {
          String type = change.address().type();
          if (type.startsWith("aws_organizations_") || type.startsWith("aws_ssoadmin_")) {
            markers.add(change.address().toString());
          }
        });
    List<Waiver> waivers = new ArrayList<>();
    List<Diagnostic> all = new ArrayList<>();
    for (ModuleDir dir : dirs) {
      dir.files.forEach(file -> waivers.addAll(Suppressions.of(file)));
      all.addAll(dir.problems);
    }
    all.addAll(notices);
    long created = changes.stream().filter(c -> c.address().mode() == Mode.MANAGED).count();
    return new ChangeSet(
        Location.of(root.dir.shown),
        ChangeSet.Origin.CONFIGURATION,
        "",
        "",
        changes,
        new java.util.TreeSet<>(markers),
        created == 0 ? Map.of() : Map.of(Actions.CREATE, (int) created),
        all,
        waivers);
  }

  private ResourceChange change(HclBlock block, ModuleInstance module, Mode mode) {
    Address address = new Address(module.address, mode, block.label(0), block.label(1), "");
    Map<String, References> references = new TreeMap<>();
    block
        .attributes()
        .forEach(
            (name, attribute) -> {
              if (!META.contains(name)) {
                References found = ReferenceFinder.of(attribute.expression(), module);
                if (!found.resources().isEmpty() || !found.unresolved().isEmpty()) {
                  references.put(name, found);
                }
              }
            });
    Value after = interpreter.blockValue(block, Frame.of(module));
    Actions actions = mode == Mode.MANAGED ? Actions.CREATE : Actions.READ;
    return new ResourceChange(
        address, actions, Value.Null.INSTANCE, after, references, block.location(), false, "");
  }

  /**
   * A {@code removed} block: the resource it names is destroyed, or only forgotten when its {@code
   * lifecycle} says {@code destroy = false}. What the resource held is not in the configuration any
   * more, so its prior values are unknown.
   */
  private ResourceChange removal(HclBlock block, ModuleInstance module) {
    Outline.Attribute from = block.attributes().get("from");
    if (from == null || !(from.expression() instanceof Expr.Traversal traversal)) {
      return null;
    }
    List<String> names = Operators.names(traversal.steps(), 1);
    if (names == null || traversal.root().equals("module")) {
      return null; // a whole module: its resources are not named here
    }
    boolean forget =
        block.blocks("lifecycle").stream()
            .map(lifecycle -> lifecycle.attributes().get("destroy"))
            .anyMatch(
                destroy ->
                    destroy != null
                        && new Value.Bool(false)
                            .equals(
                                interpreter
                                    .evaluate(destroy.expression(), Frame.of(module))
                                    .unwrap()));
    boolean data = traversal.root().equals("data");
    Address address =
        data
            ? new Address(
                module.address,
                Mode.DATA,
                names.get(0),
                Operators.names(traversal.steps(), 2) == null
                    ? names.get(0)
                    : Operators.names(traversal.steps(), 2).get(1),
                "")
            : new Address(module.address, Mode.MANAGED, traversal.root(), names.get(0), "");
    Value before = new Value.Unknown("no longer in the configuration (removed block)");
    return new ResourceChange(
        address,
        forget ? Actions.FORGET : Actions.DELETE,
        before,
        Value.Null.INSTANCE,
        Map.of(),
        block.location(),
        false,
        "");
  }

  /**
   * Whether a block with {@code count} or {@code for_each} declares any instance. Zero or empty
   * declares none; what cannot be resolved counts as declared, with a notice.
   */
  private boolean isDeclared(HclBlock block, ModuleInstance module, String name) {
    for (String meta : List.of("count", "for_each")) {
      Outline.Attribute attribute = block.attributes().get(meta);
      if (attribute == null) {
        continue;
      }
      Value value = interpreter.evaluate(attribute.expression(), Frame.of(module));
      BigDecimal instances = value.containsUnknown() ? null : Interpreter.instances(value);
      if (instances == null) {
        String reason =
            value.unwrap() instanceof Value.Unknown unknown
                ? unknown.reason()
                : "not a number or collection";
        notices.add(
            new Diagnostic(
                block.location(),
                prefix(module)
                    + name
                    + ": "
                    + meta
                    + " cannot be resolved (it is "
                    + reason
                    + "); judged as declared",
                ""));
        return true;
      }
      return instances.signum() > 0;
    }
    return true;
  }

  /** The IAM user a known user-making module declares, when that module is not scanned. */
  private List<ResourceChange> knownModuleUsers(ModuleInstance module) {
    List<ResourceChange> users = new ArrayList<>();
    for (HclBlock call : module.dir.modules) {
      String name = call.label(0);
      Outline.Attribute source = call.attributes().get("source");
      if (!module.unscanned.containsKey(name) || source == null) {
        continue;
      }
      String resource =
          IAM_USER_MODULES.get(
              normalise(interpreter.evaluate(source.expression(), Frame.of(module)).textOrNull()));
      if (resource != null) {
        String child = (module.address.isEmpty() ? "" : module.address + ".") + "module." + name;
        users.add(
            new ResourceChange(
                new Address(child, Mode.MANAGED, "aws_iam_user", resource, ""),
                Actions.CREATE,
                Value.Null.INSTANCE,
                new Value.ObjectValue(Map.of()),
                Map.of(),
                call.location(),
                false,
                ""));
        notices.add(
            new Diagnostic(
                call.location(),
                child
                    + " uses a module that exists to create IAM users; it is reported as declaring aws_iam_user."
                    + resource,
                ""));
      }
    }
    return users;
  }

  /**
   * A module source without scheme, host prefix, .git suffix or ref: comparable across spellings.
   */
  static String normalise(String source) {
    if (source == null) {
      return "";
    }
    String text = source.toLowerCase(Locale.ROOT);
    text =
        text.replaceFirst("^git::", "")
            .replaceFirst("^https://", "")
            .replaceFirst("^registry\\.terraform\\.io/", "");
    text = text.replaceFirst("\\?.*$", "").replace(".git//", "//");
    return text;
  }

  private static String prefix(ModuleInstance module) {
    return module.address.isEmpty() ? "" : module.address + ".";
  }
}
