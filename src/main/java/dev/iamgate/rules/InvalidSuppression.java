package dev.iamgate.rules;

import java.util.Set;

/** The rule that reports suppressions that suppress nothing; the engine routes them here. */
final class InvalidSuppression extends Check {
  @Override
  public Set<String> types() {
    return Set.of();
  }

  @Override
  void evaluate(Inventory inventory, Results results) {
    // Its findings come from the change set's waivers (Suppressing), not from a check of its own.
  }
}
