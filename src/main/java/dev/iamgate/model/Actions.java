package dev.iamgate.model;

import java.util.List;

/**
 * The planned actions on one resource instance, normalised from the plan's {@code change.actions}
 * array. Both replace orders are kept apart because {@code create_before_destroy} never leaves a
 * gap.
 */
public enum Actions {
  NO_OP("no-op", List.of("no-op")),
  CREATE("create", List.of("create")),
  READ("read", List.of("read")),
  UPDATE("update", List.of("update")),
  DELETE("delete", List.of("delete")),
  /** The default replace: destroy the old object, then create the new one. */
  DELETE_THEN_CREATE("replace (delete, then create)", List.of("delete", "create")),
  /** Replace under {@code create_before_destroy}. */
  CREATE_THEN_DELETE("replace (create, then delete)", List.of("create", "delete")),
  /** Removed from state without being destroyed (Terraform 1.7+, OpenTofu). */
  FORGET("forget", List.of("forget")),
  /** Replace where the old object is forgotten rather than destroyed (Terraform 1.10+). */
  CREATE_THEN_FORGET("replace (create, then forget)", List.of("create", "forget"));

  private final String label;
  private final String json;

  Actions(String label, List<String> json) {
    this.label = label;
    this.json = String.join(",", json);
  }

  /**
   * Reads a plan's actions array.
   *
   * @throws IllegalArgumentException for a combination this version does not know; callers must
   *     fail closed rather than guess
   */
  public static Actions parse(List<String> actions) {
    String joined = String.join(",", actions);
    for (Actions candidate : values()) {
      if (candidate.json.equals(joined)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("unsupported actions " + actions);
  }

  /** Words for reports, e.g. {@code replace (delete, then create)}. */
  public String label() {
    return label;
  }

  /** Whether a new object comes into existence: a create or either kind of replace. */
  public boolean isCreate() {
    return this == CREATE || isReplace();
  }

  /** Whether the current object is destroyed or forgotten: a delete, a forget or any replace. */
  public boolean isRemoval() {
    return this == DELETE || this == FORGET || isReplace();
  }

  /** Whether this is a replace in any order. */
  public boolean isReplace() {
    return this == DELETE_THEN_CREATE || this == CREATE_THEN_DELETE || this == CREATE_THEN_FORGET;
  }

  /** Whether the object exists after apply. */
  public boolean existsAfter() {
    return this != DELETE && this != FORGET;
  }

  /** Whether the object existed before apply. */
  public boolean existedBefore() {
    return this != CREATE && this != READ;
  }
}
