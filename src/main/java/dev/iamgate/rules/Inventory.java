package dev.iamgate.rules;

import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.Location;
import dev.iamgate.model.Mode;
import dev.iamgate.model.ResourceChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The changes of one input, indexed by type for the checks. Immutable. */
final class Inventory {
  private final ChangeSet input;
  private final Map<String, List<ResourceChange>> byType = new HashMap<>();

  Inventory(ChangeSet input) {
    this.input = input;
    for (ResourceChange change : input.changes()) {
      if (change.address().mode() == Mode.MANAGED) {
        byType
            .computeIfAbsent(change.address().type(), t -> new java.util.ArrayList<>())
            .add(change);
      }
    }
  }

  /**
   * Every change to a managed resource of {@code type}, including deletions and deposed objects.
   */
  List<ResourceChange> all(String type) {
    return byType.getOrDefault(type, List.of());
  }

  /** The managed resources of {@code type} that exist after the change. */
  List<ResourceChange> endState(String type) {
    return all(type).stream()
        .filter(change -> change.actions().existsAfter() && change.deposed().isEmpty())
        .toList();
  }

  /** The input as a whole, for findings about what is missing. */
  Location source() {
    return input.source();
  }

  /** "this plan" or "this configuration", for messages. */
  String subject() {
    return input.origin() == ChangeSet.Origin.PLAN ? "this plan" : "this configuration";
  }

  /**
   * A sentence saying no resource of {@code type} is left, e.g. "no aws_x exists after this plan".
   */
  String noneLeft(String type) {
    return input.origin() == ChangeSet.Origin.PLAN
        ? "no " + type + " exists after this plan"
        : "this configuration declares no " + type;
  }

  /** A clause saying the resource is present after the change. */
  String present() {
    return input.origin() == ChangeSet.Origin.PLAN
        ? "it exists after this plan"
        : "this configuration declares it";
  }

  /** What the input does with a new resource: "creates" for plans, "declares" for configuration. */
  String creates() {
    return input.origin() == ChangeSet.Origin.PLAN ? "creates" : "declares";
  }
}
