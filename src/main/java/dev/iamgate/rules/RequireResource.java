package dev.iamgate.rules;

import java.util.Set;

/** Reports when no resource of a type exists after the change. */
final class RequireResource extends Check {
  private final String type;

  RequireResource(String type) {
    this.type = type;
  }

  @Override
  public Set<String> types() {
    return Set.of(type);
  }

  @Override
  void evaluate(Inventory inventory, Results results) {
    if (inventory.endState(type).isEmpty()) {
      results.failMissing(type, inventory.noneLeft(type) + "; " + results.fix());
    }
  }
}
