package dev.iamgate.input.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One module of the plan's {@code configuration} section, reduced to what link resolution needs:
 * the references of each attribute of the resources rules read, the references of each output, and
 * the module calls with the references of their arguments. Module-relative and per call, not per
 * instance, as Terraform records it.
 */
final class ModuleConfig {
  /** By local address ({@code aws_x.y} or {@code data.aws_x.y}): attribute → references. */
  final Map<String, Map<String, List<String>>> resources = new HashMap<>();

  /** Output name → references of its expression. */
  final Map<String, List<String>> outputs = new HashMap<>();

  /** Call name → the call. */
  final Map<String, Call> calls = new HashMap<>();

  /**
   * A module call.
   *
   * @param source the {@code source} argument, e.g. {@code ./modules/sso}
   * @param arguments input variable name → references of the argument's expression
   * @param module the called module
   */
  record Call(String source, Map<String, List<String>> arguments, ModuleConfig module) {}

  /**
   * The module reached through {@code calls} from this one, or null when the configuration lacks
   * it.
   */
  ModuleConfig at(List<String> calls) {
    ModuleConfig module = this;
    for (String call : calls) {
      Call next = module.calls.get(call);
      if (next == null) {
        return null;
      }
      module = next.module();
    }
    return module;
  }
}
