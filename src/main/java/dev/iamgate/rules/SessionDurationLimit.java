package dev.iamgate.rules;

import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Value;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Limits the session duration of Identity Center permission sets, more strictly for sets that carry
 * an administrator-level policy: a named AWS managed policy, or an inline policy allowing {@code *}
 * on {@code *}.
 */
final class SessionDurationLimit extends Check {
  static final String PERMISSION_SET = "aws_ssoadmin_permission_set";
  private static final String MANAGED = "aws_ssoadmin_managed_policy_attachment";
  private static final String MANAGED_EXCLUSIVE =
      "aws_ssoadmin_managed_policy_attachments_exclusive";
  private static final String INLINE = "aws_ssoadmin_permission_set_inline_policy";
  private static final String LINK = "permission_set_arn";

  /** What AWS applies when session_duration is not set. */
  private static final Duration DEFAULT = Duration.ofHours(1);

  private final Duration max;
  private final Duration privilegedMax;
  private final List<String> privilegedPolicies;

  SessionDurationLimit(Duration max, Duration privilegedMax, List<String> privilegedPolicies) {
    this.max = max;
    this.privilegedMax = privilegedMax;
    this.privilegedPolicies = List.copyOf(privilegedPolicies);
  }

  @Override
  public Set<String> types() {
    return Set.of(PERMISSION_SET, MANAGED, MANAGED_EXCLUSIVE, INLINE);
  }

  @Override
  void evaluate(Inventory inventory, Results results) {
    for (ResourceChange set : inventory.endState(PERMISSION_SET)) {
      check(set, inventory, results);
    }
  }

  private void check(ResourceChange set, Inventory inventory, Results results) {
    Value attribute = set.afterAttribute("session_duration");
    Value value = attribute.unwrap();
    if (value instanceof Value.Unknown unknown) {
      results.undecided(set, "session_duration is " + unknown.reason());
      return;
    }
    String text = value.textOrNull();
    Duration duration;
    try {
      duration = text == null ? DEFAULT : Duration.parse(text);
    } catch (DateTimeParseException e) {
      results.fail(
          set,
          set.address()
              + ": session_duration \""
              + attribute.display()
              + "\" is not an ISO-8601 duration such as PT4H");
      return;
    }
    String shown = text == null ? "PT1H (the default)" : attribute.display();
    if (duration.compareTo(max) > 0) {
      results.fail(
          set,
          set.address()
              + ": session_duration "
              + shown
              + " is above "
              + max
              + "; set it to "
              + max
              + " or less");
    } else if (duration.compareTo(privilegedMax) > 0) {
      checkPrivileged(set, shown, inventory, results);
    }
  }

  private void checkPrivileged(
      ResourceChange set, String shown, Inventory inventory, Results results) {
    List<String> unknown = new ArrayList<>();
    String privilege = privilege(set, inventory, unknown);
    if (privilege != null) {
      results.fail(
          set,
          set.address()
              + ": session_duration "
              + shown
              + " is above "
              + privilegedMax
              + " for a set with "
              + privilege
              + "; set it to "
              + privilegedMax
              + " or less");
    } else if (!unknown.isEmpty()) {
      results.undecided(
          set,
          "session_duration "
              + shown
              + " is above "
              + privilegedMax
              + ", the limit for administrator-level sets, and whether this set is one is unknown: "
              + String.join("; ", unknown));
    }
  }

  /** The administrator-level policy the set carries, or null; records why it cannot tell. */
  private String privilege(ResourceChange set, Inventory inventory, List<String> unknown) {
    for (ResourceChange attachment : linked(set, MANAGED, inventory, unknown)) {
      String found =
          privilegedName(
              List.of(attachment.afterAttribute("managed_policy_arn")), attachment, unknown);
      if (found != null) {
        return found;
      }
    }
    for (ResourceChange attachment : linked(set, MANAGED_EXCLUSIVE, inventory, unknown)) {
      Value arns = attachment.afterAttribute("managed_policy_arns").unwrap();
      List<Value> items = arns instanceof Value.ListValue list ? list.items() : List.of(arns);
      String found = privilegedName(items, attachment, unknown);
      if (found != null) {
        return found;
      }
    }
    for (ResourceChange inline : linked(set, INLINE, inventory, unknown)) {
      Value policy = inline.afterAttribute("inline_policy");
      if (policy.unwrap() instanceof Value.Unknown reason) {
        unknown.add(inline.address() + ".inline_policy is " + reason.reason());
      } else if (isAllowAll(policy)) {
        return "an inline policy that allows * on * (" + inline.address() + ")";
      }
    }
    return null;
  }

  private static boolean isAllowAll(Value policy) {
    try {
      return Denial.allowsEverything(PolicyDocument.of(policy));
    } catch (IllegalArgumentException notAPolicy) {
      return false;
    }
  }

  private String privilegedName(List<Value> arns, ResourceChange attachment, List<String> unknown) {
    for (Value arn : arns) {
      if (arn.unwrap() instanceof Value.Unknown reason) {
        unknown.add(attachment.address() + " attaches a policy whose ARN is " + reason.reason());
        continue;
      }
      String text = arn.textOrNull();
      String name = text == null ? "" : text.substring(text.lastIndexOf('/') + 1);
      if (privilegedPolicies.contains(name)) {
        return name;
      }
    }
    return null;
  }

  private static List<ResourceChange> linked(
      ResourceChange set, String type, Inventory inventory, List<String> unknown) {
    List<ResourceChange> linked = new ArrayList<>();
    for (ResourceChange candidate : inventory.endState(type)) {
      Links.Link link = Links.AFTER.between(candidate, LINK, set, "arn");
      if (link.state() == Links.State.LINKED) {
        linked.add(candidate);
      } else if (link.state() == Links.State.UNKNOWN) {
        unknown.add(link.reason());
      }
    }
    return linked;
  }
}
