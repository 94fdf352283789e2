package dev.iamgate.input.plan;

import dev.iamgate.model.Address;
import dev.iamgate.model.Mode;
import dev.iamgate.model.Reference;
import dev.iamgate.model.References;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows the references Terraform records in a plan's configuration to the resources they reach:
 * directly ({@code aws_x.y.arn}), down through a module output ({@code module.m.arn}), and up
 * through an input variable ({@code var.arn}) to the calling module's argument. Locals are not
 * recorded in plans, so a reference through one stays unresolved, with its reason.
 */
final class ReferenceResolver {
  /** Deeper chains of variables and outputs than this are reported, not followed. */
  private static final int MAX_DEPTH = 32;

  private static final Set<String> CONTEXT_ROOTS =
      Set.of("each", "count", "path", "terraform", "self");

  private final ModuleConfig root;

  ReferenceResolver(ModuleConfig root) {
    this.root = root;
  }

  /**
   * Resolves the references of one expression.
   *
   * @param references as Terraform records them, prefixes included
   * @param module the module instance the expression is in, or null when only its calls are known
   * @param calls the module calls leading to that module
   */
  References resolve(List<String> references, String module, List<String> calls) {
    Set<Reference> found = new LinkedHashSet<>();
    Set<String> unresolved = new LinkedHashSet<>();
    resolve(references, module, calls, 0, found, unresolved);
    return new References(mostSpecific(found), List.copyOf(unresolved));
  }

  private void resolve(
      List<String> references,
      String module,
      List<String> calls,
      int depth,
      Set<Reference> found,
      Set<String> unresolved) {
    if (depth > MAX_DEPTH) {
      unresolved.add(
          String.join(", ", references) + " (a chain of more than " + MAX_DEPTH + " modules)");
      return;
    }
    for (String reference : withoutPrefixes(references)) {
      List<String> steps = steps(reference);
      String first = steps.get(0);
      if (CONTEXT_ROOTS.contains(first)) {
        continue;
      }
      switch (first) {
        case "var" -> viaVariable(reference, steps, module, calls, depth, found, unresolved);
        case "module" -> viaOutput(reference, steps, calls, depth, found, unresolved);
        case "local" -> unresolved.add(reference + " (plans do not record locals)");
        case "data" ->
            resource(
                Mode.DATA,
                steps.subList(1, steps.size()),
                module,
                calls,
                found,
                unresolved,
                reference);
        default -> resource(Mode.MANAGED, steps, module, calls, found, unresolved, reference);
      }
    }
  }

  private void viaVariable(
      String reference,
      List<String> steps,
      String module,
      List<String> calls,
      int depth,
      Set<Reference> found,
      Set<String> unresolved) {
    if (calls.isEmpty() || steps.size() < 2) {
      unresolved.add(reference + " (a variable of the root module)");
      return;
    }
    List<String> parentCalls = calls.subList(0, calls.size() - 1);
    ModuleConfig parent = root.at(parentCalls);
    ModuleConfig.Call call = parent == null ? null : parent.calls.get(calls.get(calls.size() - 1));
    List<String> argument = call == null ? null : call.arguments().get(steps.get(1));
    if (argument == null) {
      unresolved.add(reference + " (no argument for it in the module call)");
      return;
    }
    String parentModule = module == null ? null : Address.parentModule(module);
    resolve(argument, parentModule, parentCalls, depth + 1, found, unresolved);
  }

  private void viaOutput(
      String reference,
      List<String> steps,
      List<String> calls,
      int depth,
      Set<Reference> found,
      Set<String> unresolved) {
    int output = steps.size() > 2 && steps.get(2).startsWith("[") ? 3 : 2;
    if (steps.size() <= output) {
      unresolved.add(reference + " (a whole module)");
      return;
    }
    List<String> childCalls = new ArrayList<>(calls);
    childCalls.add(steps.get(1));
    ModuleConfig child = root.at(childCalls);
    List<String> expression = child == null ? null : child.outputs.get(steps.get(output));
    if (expression == null) {
      unresolved.add(reference + " (the module's output is not in the plan)");
      return;
    }
    // Crossing into a module call: any of its instances may be meant.
    resolve(expression, null, childCalls, depth + 1, found, unresolved);
  }

  private static void resource(
      Mode mode,
      List<String> steps,
      String module,
      List<String> calls,
      Set<Reference> found,
      Set<String> unresolved,
      String reference) {
    if (steps.size() < 2 || steps.get(0).startsWith("[") || steps.get(1).startsWith("[")) {
      unresolved.add(reference + " (not a resource reference)");
      return;
    }
    String key = steps.size() > 2 && steps.get(2).startsWith("[") ? steps.get(2) : null;
    found.add(new Reference(module, calls, mode, steps.get(0), steps.get(1), key));
  }

  /** Drops references that Terraform lists only as prefixes of longer ones. */
  private static List<String> withoutPrefixes(List<String> references) {
    List<String> kept = new ArrayList<>();
    for (String reference : references) {
      boolean prefix =
          references.stream()
              .anyMatch(
                  other ->
                      other.length() > reference.length()
                          && other.startsWith(reference)
                          && (other.charAt(reference.length()) == '.'
                              || other.charAt(reference.length()) == '['));
      if (!prefix) {
        kept.add(reference);
      }
    }
    return kept;
  }

  /** Where both a keyed and an unkeyed reference to one resource survive, keeps the keyed ones. */
  private static List<Reference> mostSpecific(Set<Reference> found) {
    List<Reference> kept = new ArrayList<>();
    for (Reference reference : found) {
      boolean covered =
          reference.key() == null
              && found.stream()
                  .anyMatch(
                      other ->
                          other.key() != null
                              && other.type().equals(reference.type())
                              && other.name().equals(reference.name())
                              && other.mode() == reference.mode()
                              && other.moduleCalls().equals(reference.moduleCalls()));
      if (!covered) {
        kept.add(reference);
      }
    }
    return kept;
  }

  /**
   * Splits {@code module.a["x.y"].out} into {@code module}, {@code a}, {@code ["x.y"]}, {@code
   * out}.
   */
  static List<String> steps(String reference) {
    List<String> steps = new ArrayList<>();
    StringBuilder step = new StringBuilder();
    int i = 0;
    while (i < reference.length()) {
      char c = reference.charAt(i);
      if (c == '.') {
        flush(step, steps);
        i++;
      } else if (c == '[') {
        flush(step, steps);
        int end = keyEnd(reference, i);
        steps.add(reference.substring(i, end));
        i = end;
      } else {
        step.append(c);
        i++;
      }
    }
    flush(step, steps);
    return steps;
  }

  private static int keyEnd(String text, int from) {
    boolean quoted = false;
    for (int i = from + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ']' && !quoted) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static void flush(StringBuilder step, List<String> steps) {
    if (step.length() > 0) {
      steps.add(step.toString());
      step.setLength(0);
    }
  }

  /** The references of every attribute of one configured resource, resolved. */
  Map<String, References> resolveAll(
      Map<String, List<String>> attributes, String module, List<String> calls) {
    Map<String, References> resolved = new java.util.TreeMap<>();
    attributes.forEach(
        (attribute, references) -> resolved.put(attribute, resolve(references, module, calls)));
    return resolved;
  }
}
