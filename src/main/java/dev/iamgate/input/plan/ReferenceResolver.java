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
import java.util.TreeMap;

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
   * Where an expression is: the module instance, or null when only its calls are known (after
   * crossing into a module call, any of its instances may be meant), and the calls leading to it.
   */
  private record Place(String module, List<String> calls) {}

  /** The references of every attribute of one configured resource, resolved. */
  Map<String, References> resolveAll(
      Map<String, List<String>> attributes, String module, List<String> calls) {
    Map<String, References> resolved = new TreeMap<>();
    attributes.forEach(
        (attribute, references) -> resolved.put(attribute, resolve(references, module, calls)));
    return resolved;
  }

  /**
   * Resolves the references of one expression.
   *
   * @param references as Terraform records them, prefixes included
   * @param module the module instance the expression is in
   * @param calls the module calls leading to that module
   */
  References resolve(List<String> references, String module, List<String> calls) {
    Resolution resolution = new Resolution();
    resolution.follow(references, new Place(module, calls), 0);
    return new References(mostSpecific(resolution.found), List.copyOf(resolution.unresolved));
  }

  /** What one expression reaches, collected while following its references. */
  private final class Resolution {
    private final Set<Reference> found = new LinkedHashSet<>();
    private final Set<String> unresolved = new LinkedHashSet<>();

    void follow(List<String> references, Place place, int depth) {
      if (depth > MAX_DEPTH) {
        unresolved.add(
            String.join(", ", references) + " (a chain of more than " + MAX_DEPTH + " modules)");
        return;
      }
      for (String reference : withoutPrefixes(references)) {
        List<String> steps;
        try {
          steps = steps(reference);
        } catch (IllegalArgumentException malformed) {
          unresolved.add(reference + " (not a reference iamgate can read)");
          continue;
        }
        switch (steps.get(0)) {
          case "var" -> viaVariable(reference, steps, place, depth);
          case "module" -> viaOutput(reference, steps, place, depth);
          case "local" -> unresolved.add(reference + " (plans do not record locals)");
          case "data" -> resource(Mode.DATA, steps.subList(1, steps.size()), place, reference);
          default -> {
            if (!CONTEXT_ROOTS.contains(steps.get(0))) {
              resource(Mode.MANAGED, steps, place, reference);
            }
          }
        }
      }
    }

    private void viaVariable(String reference, List<String> steps, Place place, int depth) {
      List<String> calls = place.calls();
      if (calls.isEmpty() || steps.size() < 2) {
        unresolved.add(reference + " (a variable of the root module)");
        return;
      }
      List<String> parentCalls = calls.subList(0, calls.size() - 1);
      ModuleConfig parent = root.at(parentCalls);
      ModuleConfig.Call call =
          parent == null ? null : parent.calls.get(calls.get(calls.size() - 1));
      List<String> argument = call == null ? null : call.arguments().get(steps.get(1));
      if (argument == null) {
        unresolved.add(reference + " (no argument for it in the module call)");
        return;
      }
      String parentModule = place.module() == null ? null : Address.parentModule(place.module());
      follow(argument, new Place(parentModule, parentCalls), depth + 1);
    }

    private void viaOutput(String reference, List<String> steps, Place place, int depth) {
      int output = steps.size() > 2 && steps.get(2).startsWith("[") ? 3 : 2;
      if (steps.size() <= output) {
        unresolved.add(reference + " (a whole module)");
        return;
      }
      List<String> childCalls = new ArrayList<>(place.calls());
      childCalls.add(steps.get(1));
      ModuleConfig child = root.at(childCalls);
      List<String> expression = child == null ? null : child.outputs.get(steps.get(output));
      if (expression == null) {
        unresolved.add(reference + " (the module's output is not in the plan)");
        return;
      }
      follow(expression, new Place(null, childCalls), depth + 1);
    }

    private void resource(Mode mode, List<String> steps, Place place, String reference) {
      if (steps.size() < 2 || steps.get(0).startsWith("[") || steps.get(1).startsWith("[")) {
        unresolved.add(reference + " (not a resource reference)");
        return;
      }
      String key = steps.size() > 2 && steps.get(2).startsWith("[") ? steps.get(2) : null;
      found.add(
          new Reference(place.module(), place.calls(), mode, steps.get(0), steps.get(1), key));
    }
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
      if (c == '.' || c == '[') {
        flush(step, steps);
      }
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int end = Address.skipKey(reference, i);
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

  private static void flush(StringBuilder step, List<String> steps) {
    if (step.length() > 0) {
      steps.add(step.toString());
      step.setLength(0);
    }
  }
}
