package dev.iamgate.input.hcl;

import dev.iamgate.model.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * Where an expression is evaluated: its module instance, plus the names bound around it ({@code
 * each}, {@code count}, for-expression variables, a dynamic block's iterator, template variables).
 * Immutable.
 */
record Frame(ModuleInstance module, Map<String, Value> names) {
  Frame {
    names = Map.copyOf(names);
  }

  static Frame of(ModuleInstance module) {
    return new Frame(module, Map.of());
  }

  /** This frame with {@code name} bound to {@code value}. */
  Frame with(String name, Value value) {
    Map<String, Value> bound = new HashMap<>(names);
    bound.put(name, value);
    return new Frame(module, bound);
  }
}
