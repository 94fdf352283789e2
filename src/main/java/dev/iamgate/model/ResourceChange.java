package dev.iamgate.model;

import java.util.Map;

/**
 * A planned change to one resource instance, or (for a configuration scan) one declared resource
 * read as a creation. Immutable; values of resources no rule reads are not kept.
 *
 * @param address the instance
 * @param actions what the change does
 * @param before the object before the change ({@link Value.ObjectValue}), or {@link
 *     Value.Null#INSTANCE} when it does not exist yet
 * @param after the object after the change, or {@link Value.Null#INSTANCE} when it will no longer
 *     exist; values known only after apply are {@link Value.Unknown}
 * @param references per top-level attribute, what its expression refers to; attributes with literal
 *     values are absent
 * @param location where the change is described: the element in the plan file, or the block in a
 *     {@code .tf} file
 * @param importing whether the change also imports an existing object ({@code import} block)
 * @param deposed the deposed-object key when the change concerns a deposed object, else empty
 */
public record ResourceChange(
    Address address,
    Actions actions,
    Value before,
    Value after,
    Map<String, References> references,
    Location location,
    boolean importing,
    String deposed) {
  public ResourceChange {
    references = Map.copyOf(references);
  }

  /** The attribute's value after the change; {@link Value.Null#INSTANCE} when unset or removed. */
  public Value afterAttribute(String name) {
    if (after instanceof Value.Unknown unknown) {
      return unknown; // a block that could not be read: every attribute is unknown
    }
    return after instanceof Value.ObjectValue object ? object.get(name) : Value.Null.INSTANCE;
  }

  /**
   * This change described at another place, e.g. its {@code .tf} block instead of its plan entry.
   */
  public ResourceChange at(Location place) {
    return new ResourceChange(
        address, actions, before, after, references, place, importing, deposed);
  }

  /** The attribute's value before the change; {@link Value.Null#INSTANCE} when unset or new. */
  public Value beforeAttribute(String name) {
    if (before instanceof Value.Unknown unknown) {
      return unknown;
    }
    return before instanceof Value.ObjectValue object ? object.get(name) : Value.Null.INSTANCE;
  }

  /** What the attribute's expression refers to; {@link References#NONE} for literals. */
  public References referencesOf(String attribute) {
    return references.getOrDefault(attribute, References.NONE);
  }
}
