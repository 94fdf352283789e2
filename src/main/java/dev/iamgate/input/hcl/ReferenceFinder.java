package dev.iamgate.input.hcl;

import dev.iamgate.model.Mode;
import dev.iamgate.model.Reference;
import dev.iamgate.model.References;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The resources an expression refers to, found statically: directly, through locals, up through
 * module input variables to the caller's arguments, and down through module outputs. What leads to
 * a module iamgate did not scan is reported as unresolved, with the reason.
 */
final class ReferenceFinder {
  private static final Set<String> CONTEXT = Set.of("each", "count", "path", "terraform", "self");
  private static final int MAX_DEPTH = 32;

  private final Set<Reference> found = new LinkedHashSet<>();
  private final Set<String> unresolved = new LinkedHashSet<>();
  private final Set<String> visited = new HashSet<>();

  private ReferenceFinder() {}

  static References of(Expr expr, ModuleInstance module) {
    ReferenceFinder finder = new ReferenceFinder();
    finder.walk(expr, module, Set.of(), 0);
    return new References(new ArrayList<>(finder.found), new ArrayList<>(finder.unresolved));
  }

  private void walk(Expr expr, ModuleInstance module, Set<String> bound, int depth) {
    if (depth > MAX_DEPTH) {
      unresolved.add("a chain of references deeper than " + MAX_DEPTH);
      return;
    }
    if (expr instanceof Expr.Traversal traversal) {
      traversal(traversal, module, bound, depth);
      traversal.steps().forEach(step -> walkStep(step, module, bound, depth));
    } else if (expr instanceof Expr.For forExpr) {
      walk(forExpr.collection(), module, bound, depth);
      Set<String> inner = new HashSet<>(bound);
      inner.add(forExpr.value());
      if (forExpr.key() != null) {
        inner.add(forExpr.key());
      }
      for (Expr part :
          new Expr[] {forExpr.keyResult(), forExpr.valueResult(), forExpr.condition()}) {
        if (part != null) {
          walk(part, module, inner, depth);
        }
      }
    } else {
      children(expr).forEach(child -> walk(child, module, bound, depth));
    }
  }

  private void walkStep(Expr.Step step, ModuleInstance module, Set<String> bound, int depth) {
    if (step instanceof Expr.Index index) {
      walk(index.key(), module, bound, depth);
    }
  }

  private static List<Expr> children(Expr expr) {
    List<Expr> children = new ArrayList<>();
    if (expr instanceof Expr.Template template) {
      children.addAll(template.parts());
    } else if (expr instanceof Expr.Tuple tuple) {
      children.addAll(tuple.items());
    } else if (expr instanceof Expr.ObjectCons object) {
      object
          .items()
          .forEach(
              item -> {
                children.add(item.key());
                children.add(item.value());
              });
    } else if (expr instanceof Expr.Relative relative) {
      children.add(relative.source());
      relative
          .steps()
          .forEach(
              step -> {
                if (step instanceof Expr.Index index) {
                  children.add(index.key());
                }
              });
    } else if (expr instanceof Expr.Call call) {
      children.addAll(call.arguments());
    } else if (expr instanceof Expr.Unary unary) {
      children.add(unary.operand());
    } else if (expr instanceof Expr.Binary binary) {
      children.add(binary.left());
      children.add(binary.right());
    } else if (expr instanceof Expr.Conditional conditional) {
      children.add(conditional.condition());
      children.add(conditional.yes());
      children.add(conditional.no());
    }
    return children;
  }

  private void traversal(
      Expr.Traversal traversal, ModuleInstance module, Set<String> bound, int depth) {
    String root = traversal.root();
    if (bound.contains(root) || CONTEXT.contains(root)) {
      return;
    }
    List<String> names = Operators.names(traversal.steps(), 1);
    if (names == null) {
      return;
    }
    switch (root) {
      case "var" -> variable(module, names.get(0), depth);
      case "local" -> local(module, names.get(0), depth);
      case "module" -> output(module, traversal, depth);
      case "data" -> {
        List<String> data = Operators.names(traversal.steps(), 2);
        if (data != null) {
          found.add(reference(Mode.DATA, data.get(0), data.get(1), module));
        }
      }
      default -> found.add(reference(Mode.MANAGED, root, names.get(0), module));
    }
  }

  private void variable(ModuleInstance module, String name, int depth) {
    if (module.parent == null || !module.call.attributes().containsKey(name)) {
      return; // a root variable or a default: a value, not a reference
    }
    if (visited.add(module.address + "/var." + name)) {
      walk(module.call.attributes().get(name).expression(), module.parent, Set.of(), depth + 1);
    }
  }

  private void local(ModuleInstance module, String name, int depth) {
    Outline.Attribute local = module.dir.locals.get(name);
    if (local == null) {
      unresolved.add("local." + name + " (not defined)");
    } else if (visited.add(module.address + "/local." + name)) {
      walk(local.expression(), module, Set.of(), depth + 1);
    }
  }

  private void output(ModuleInstance module, Expr.Traversal traversal, int depth) {
    String call = ((Expr.GetAttr) traversal.steps().get(0)).name();
    ModuleInstance child = module.children.get(call);
    List<Expr.Step> rest = Operators.afterInstance(traversal.steps(), 1);
    if (child == null) {
      unresolved.add(
          "module." + call + " (" + module.unscanned.getOrDefault(call, "not declared") + ")");
      return;
    }
    if (rest.isEmpty() || !(rest.get(0) instanceof Expr.GetAttr name)) {
      unresolved.add("module." + call + " (the whole module)");
      return;
    }
    HclBlock block = child.dir.outputs.get(name.name());
    if (block == null || !block.attributes().containsKey("value")) {
      unresolved.add("module." + call + "." + name.name() + " (no such output)");
    } else if (visited.add(child.address + "/output." + name.name())) {
      walk(block.attributes().get("value").expression(), child, Set.of(), depth + 1);
    }
  }

  /**
   * A reference to every instance of {@code type.name}: a configuration declares one resource per
   * block, whatever its count or for_each.
   */
  private static Reference reference(Mode mode, String type, String name, ModuleInstance module) {
    return new Reference(module.address, module.calls, mode, type, name, null);
  }
}
