package dev.iamgate.rules;

import dev.iamgate.model.References;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Value;

/**
 * Decides whether one resource refers to another through an attribute, e.g. an account assignment's
 * {@code permission_set_arn} to a permission set's {@code arn}. A reference recorded in the
 * configuration decides first (it holds when the id is unknown until apply); otherwise known values
 * join by equality.
 */
final class Links {
  enum State {
    LINKED,
    NOT_LINKED,
    UNKNOWN
  }

  /**
   * A decision.
   *
   * @param state the decision
   * @param reason for UNKNOWN, why, naming the referrer's attribute; else empty
   */
  record Link(State state, String reason) {
    static final Link LINKED = new Link(State.LINKED, "");
    static final Link NOT_LINKED = new Link(State.NOT_LINKED, "");
  }

  /** Links as they are after the change. */
  static final Links AFTER = new Links(Side.AFTER);

  /** Links as they were before the change, e.g. for what a deletion removes. */
  static final Links BEFORE = new Links(Side.BEFORE);

  private final Side side;

  private Links(Side side) {
    this.side = side;
  }

  /** Whether {@code referrer.attribute} refers to {@code subject.subjectAttribute}. */
  Link between(
      ResourceChange referrer, String attribute, ResourceChange subject, String subjectAttribute) {
    References references = referrer.referencesOf(attribute);
    if (references.reaches(subject.address())) {
      return Link.LINKED;
    }
    Value value = side.of(referrer, attribute).unwrap();
    if (value instanceof Value.Text text) {
      // A literal cannot name an object that is only created by this change (its id is unknown).
      return text.value().equals(side.of(subject, subjectAttribute).textOrNull())
          ? Link.LINKED
          : Link.NOT_LINKED;
    }
    if (!(value instanceof Value.Unknown unknown)) {
      return Link.NOT_LINKED;
    }
    String where = referrer.address() + "." + attribute;
    if (!references.unresolved().isEmpty()) {
      return new Link(
          State.UNKNOWN, where + " refers to " + String.join(", ", references.unresolved()));
    }
    if (!references.resources().isEmpty()) {
      return Link.NOT_LINKED;
    }
    return new Link(
        State.UNKNOWN, where + " is " + unknown.reason() + " and its expression was not recorded");
  }
}
