package dev.iamgate.rules;

import java.util.Set;

/** The rule that reports what other rules could not decide; the engine routes those items here. */
final class Unverifiable extends Check {
  @Override
  public Set<String> types() {
    return Set.of();
  }

  @Override
  void evaluate(Inventory inventory, Results results) {
    // Its findings come from the other rules (Results.undecided), not from a check of its own.
  }
}
