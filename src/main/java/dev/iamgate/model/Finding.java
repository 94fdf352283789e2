package dev.iamgate.model;

/**
 * One violation found by a rule. Immutable.
 *
 * @param ruleId the rule that reports it
 * @param severity the rule's severity, or lower for a finding the rule grades as a warning
 * @param subject the resource address, e.g. {@code module.ci.aws_iam_user.deploy}, or for a missing
 *     resource its type, e.g. {@code aws_ssoadmin_permission_set}
 * @param module the module instance that holds the subject, empty for the root module or when the
 *     subject is a missing type
 * @param message what is wrong and what to change, naming the subject
 * @param location where to look: the resource's block or plan entry, or the input as a whole
 * @param waiver the inline suppression that covers it, or null when it is not suppressed
 */
public record Finding(
    RuleId ruleId,
    Severity severity,
    String subject,
    String module,
    String message,
    Location location,
    Waiver waiver)
    implements Comparable<Finding> {

  public Finding {
    if (subject.isEmpty() || message.isEmpty()) {
      throw new IllegalArgumentException("finding of " + ruleId + " needs a subject and a message");
    }
  }

  /** A finding that is not suppressed. */
  public Finding(
      RuleId ruleId,
      Severity severity,
      String subject,
      String module,
      String message,
      Location location) {
    this(ruleId, severity, subject, module, message, location, null);
  }

  /** This finding, suppressed by {@code cover}. */
  public Finding suppressedBy(Waiver cover) {
    return new Finding(ruleId, severity, subject, module, message, location, cover);
  }

  /** This finding at another place, e.g. its {@code .tf} block instead of its plan entry. */
  public Finding at(Location place) {
    return new Finding(ruleId, severity, subject, module, message, place, waiver);
  }

  /** Whether an inline suppression covers it. */
  public boolean isSuppressed() {
    return waiver != null;
  }

  /** Whether the finding fails the gate at {@code threshold}: not suppressed, and severe enough. */
  public boolean isBlocking(Severity threshold) {
    return waiver == null && severity.isAtLeast(threshold);
  }

  /** Report order: file, line, rule, subject, message. */
  @Override
  public int compareTo(Finding other) {
    int order = location.compareTo(other.location);
    if (order == 0) {
      order = ruleId.compareTo(other.ruleId);
    }
    if (order == 0) {
      order = subject.compareTo(other.subject);
    }
    return order != 0 ? order : message.compareTo(other.message);
  }
}
