package dev.iamgate.rules;

import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Value;
import java.util.List;

/** Reads {@code aws_organizations_policy} resources as service control policies. */
final class Scps {
  static final String POLICY = "aws_organizations_policy";
  static final String ATTACHMENT = "aws_organizations_policy_attachment";
  private static final String SCP_TYPE = "SERVICE_CONTROL_POLICY";

  private Scps() {}

  /**
   * Whether the policy, on one side of its change, is a service control policy denying all {@code
   * actions} on all resources. A policy of another type does not deny; one whose type or content is
   * unknown yields UNKNOWN; content that is not a JSON policy does not deny.
   */
  static Denial.Result classify(ResourceChange policy, Side side, List<String> actions) {
    Value type = side.of(policy, "type").unwrap();
    if (type instanceof Value.Unknown unknown) {
      return new Denial.Result(Denial.Level.UNKNOWN, "its type is " + unknown.reason());
    }
    // The provider's default type is SERVICE_CONTROL_POLICY.
    if (!(type instanceof Value.Null) && !SCP_TYPE.equals(type.textOrNull())) {
      return new Denial.Result(
          Denial.Level.NOT_DENIED, "it is a " + type.display() + ", not a service control policy");
    }
    Value content = side.of(policy, "content");
    if (content.containsUnknown() && !(content.unwrap() instanceof Value.ObjectValue)) {
      return new Denial.Result(
          Denial.Level.UNKNOWN, "its content is " + ForbidResource.unknownReason(content));
    }
    Denial.Result result;
    try {
      result = Denial.of(PolicyDocument.of(content), actions);
    } catch (IllegalArgumentException notAPolicy) {
      result = new Denial.Result(Denial.Level.NOT_DENIED, notAPolicy.getMessage());
    }
    // Details quote statement ids and condition keys: never from a sensitive document.
    return content instanceof Value.Secret
        ? new Denial.Result(result.level(), sensitiveDetail(result.level(), actions))
        : result;
  }

  private static String sensitiveDetail(Denial.Level level, List<String> actions) {
    String both = String.join(" and ", actions);
    return switch (level) {
      case DENIED -> "denies " + both + " on all resources";
      case CONDITIONAL ->
          "denies " + both + " only under a condition (the content is sensitive, so not shown)";
      case UNKNOWN -> "its content is partly unknown (sensitive, so not shown)";
      case NOT_DENIED ->
          "does not deny " + both + " on all resources (the content is sensitive, so not shown)";
    };
  }

  /**
   * Whether a classification makes the policy a guardrail: it denies, possibly under a condition.
   */
  static boolean isGuardrail(Denial.Result result) {
    return result.level() == Denial.Level.DENIED || result.level() == Denial.Level.CONDITIONAL;
  }
}
