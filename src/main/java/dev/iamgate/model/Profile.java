package dev.iamgate.model;

import java.util.Locale;

/** Which stack an input belongs to, deciding whether organization-scope rules run. */
public enum Profile {
  /**
   * Organization when the input holds {@code aws_organizations_*} or {@code aws_ssoadmin_*} blocks.
   */
  AUTO,
  /**
   * The stack that manages the organization: organization rules run and fail when resources are
   * absent.
   */
  ORGANIZATION,
  /** A workload stack: organization rules are skipped. */
  WORKLOAD;

  /** The lower-case name used on the command line and in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The profile chosen for one input, and why.
   *
   * @param profile ORGANIZATION or WORKLOAD, never AUTO
   * @param reason why, e.g. {@code chosen by auto: the plan holds
   *     aws_ssoadmin_permission_set.admin}
   */
  public record Choice(Profile profile, String reason) {
    public Choice {
      if (profile == AUTO) {
        throw new IllegalArgumentException(
            "a profile choice is organization or workload, not auto");
      }
    }
  }
}
