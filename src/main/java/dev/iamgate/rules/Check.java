package dev.iamgate.rules;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule checks: one kind of check with its parameters. Every built-in rule is an instance of
 * one of the kinds created by the factories below, so policies can define new rules from the same
 * kinds. Instances are immutable and thread-safe.
 */
public abstract sealed class Check
    permits ForbidResource,
        RequireResource,
        RequireLink,
        SessionDurationLimit,
        RequireScpDeny,
        RequireScpAttachment,
        GuardrailRemoval,
        Unverifiable,
        InvalidSuppression {

  Check() {}

  /** The resource types this check reads; readers keep the changes of these types. */
  public abstract Set<String> types();

  abstract void evaluate(Inventory inventory, Results results);

  /** Which resources a forbid-resource check looks at. */
  public enum On {
    /** Resources the change creates, also by replacement. */
    ADDITIONS,
    /** Every resource that exists after the change. */
    END_STATE
  }

  /**
   * A condition on one attribute: it equals a string, or it is not empty.
   *
   * @param attribute the top-level attribute, e.g. {@code users}
   * @param equals the string it must equal, or null to test for a non-empty value instead
   */
  public record AttributeCondition(String attribute, String equals) {}

  /**
   * One end of a link: a resource type and the attribute that carries the link.
   *
   * @param type e.g. {@code aws_ssoadmin_account_assignment}
   * @param attribute e.g. {@code permission_set_arn}
   */
  public record Link(String type, String attribute) {}

  /**
   * Reports resources of {@code types}; with {@code where}, only those meeting the type's
   * condition.
   */
  public static Check forbidResource(
      Set<String> types, On on, Map<String, AttributeCondition> where, boolean listExisting) {
    return new ForbidResource(types, on, where, listExisting);
  }

  /** Reports when no resource of {@code type} exists after the change. */
  public static Check requireResource(String type) {
    return new RequireResource(type);
  }

  /** Reports each subject that no referrer refers to, and optionally the absence of referrers. */
  public static Check requireLink(Link subject, List<Link> referrers, boolean requireReferrers) {
    return new RequireLink(subject, referrers, requireReferrers);
  }

  /** Limits permission-set sessions, more strictly for sets with the named managed policies. */
  public static Check sessionDurationLimit(
      Duration max, Duration privilegedMax, List<String> privilegedManagedPolicies) {
    return new SessionDurationLimit(max, privilegedMax, privilegedManagedPolicies);
  }

  /** Requires a service control policy that denies all {@code actions} on all resources. */
  public static Check requireScpDeny(List<String> actions) {
    return new RequireScpDeny(actions);
  }

  /** Requires the service control policy that denies all {@code actions} to be attached. */
  public static Check requireScpAttachment(List<String> actions) {
    return new RequireScpAttachment(actions);
  }

  /**
   * Reports removals of {@code types}, and of the SCP denying {@code scpActions} or its attachment.
   */
  public static Check guardrailRemoval(Set<String> types, List<String> scpActions) {
    return new GuardrailRemoval(types, scpActions);
  }

  /** Reports what other rules could not decide. */
  public static Check unverifiable() {
    return new Unverifiable();
  }

  /** Reports inline suppressions that suppress nothing: malformed or past their date. */
  public static Check invalidSuppression() {
    return new InvalidSuppression();
  }
}
