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
 */
public record Finding(
    RuleId ruleId,
    Severity severity,
    String subject,
    String module,
    String message,
    Location location)
    implements Comparable<Finding> {

  public Finding {
    if (subject.isEmpty() || message.isEmpty()) {
      throw new IllegalArgumentException("finding of " + ruleId + " needs a subject and a message");
    }
  }

  /** Whether the finding fails the gate at {@code threshold}. */
  public boolean isBlocking(Severity threshold) {
    return severity.isAtLeast(threshold);
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
