package dev.iamgate.rules;

import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Value;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reports resources of forbidden types, added by the change or present after it. */
final class ForbidResource extends Check {
  private final Set<String> types;
  private final On on;
  private final Map<String, AttributeCondition> where;
  private final boolean listExisting;

  ForbidResource(
      Set<String> types, On on, Map<String, AttributeCondition> where, boolean listExisting) {
    this.types = new TreeSet<>(types);
    this.on = on;
    this.where = Map.copyOf(where);
    this.listExisting = listExisting;
  }

  @Override
  public Set<String> types() {
    return types;
  }

  @Override
  void evaluate(Inventory inventory, Results results) {
    for (String type : types) {
      for (ResourceChange change : inventory.all(type)) {
        if (!change.deposed().isEmpty()) {
          continue;
        }
        if (isInScope(change)) {
          check(change, inventory, results);
        } else if (listExisting && change.actions().existedBefore()) {
          results.existing(change);
        }
      }
    }
  }

  private boolean isInScope(ResourceChange change) {
    return on == On.ADDITIONS ? change.actions().isCreate() : change.actions().existsAfter();
  }

  private void check(ResourceChange change, Inventory inventory, Results results) {
    AttributeCondition condition = where.get(change.address().type());
    String observed = observation(change, inventory);
    if (condition == null) {
      results.fail(change, change.address() + ": " + observed + "; " + results.fix());
      return;
    }
    Value value = change.afterAttribute(condition.attribute());
    if (value.containsUnknown()) {
      results.undecided(change, condition.attribute() + " is " + unknownReason(value));
    } else if (meets(condition, value)) {
      results.fail(
          change,
          change.address()
              + ": "
              + observed
              + " and "
              + describe(condition)
              + "; "
              + results.fix());
    }
  }

  private String observation(ResourceChange change, Inventory inventory) {
    if (on == On.END_STATE) {
      return inventory.present();
    }
    if (change.actions().isReplace()) {
      return inventory.subject() + " replaces it, creating a new one";
    }
    return inventory.subject() + " " + inventory.creates() + " it";
  }

  private static boolean meets(AttributeCondition condition, Value value) {
    if (condition.equals() == null) {
      return value.hasContent();
    }
    return condition.equals().equals(value.textOrNull());
  }

  private static String describe(AttributeCondition condition) {
    return condition.equals() == null
        ? condition.attribute() + " is not empty"
        : condition.attribute() + " is \"" + condition.equals() + "\"";
  }

  static String unknownReason(Value value) {
    Value unwrapped = value.unwrap();
    if (unwrapped instanceof Value.Unknown unknown) {
      return unknown.reason();
    }
    return "partly known only after apply";
  }
}
