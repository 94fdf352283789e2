package dev.iamgate.rules;

import dev.iamgate.model.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Requires the service control policy that denies the given actions to be attached by an {@code
 * aws_organizations_policy_attachment}. Passes when any such policy is attached; silent when there
 * is no such policy (the deny rule reports that).
 */
final class RequireScpAttachment extends Check {
  private final List<String> actions;

  RequireScpAttachment(List<String> actions) {
    this.actions = List.copyOf(actions);
  }

  @Override
  public Set<String> types() {
    return Set.of(Scps.POLICY, Scps.ATTACHMENT);
  }

  @Override
  void evaluate(Inventory inventory, Results results) {
    List<ResourceChange> guardrails =
        inventory.endState(Scps.POLICY).stream()
            .filter(policy -> Scps.isGuardrail(Scps.classify(policy, Side.AFTER, actions)))
            .toList();
    List<ResourceChange> unattached = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (ResourceChange policy : guardrails) {
      Links.State state = attachment(policy, inventory, unknown);
      if (state == Links.State.LINKED) {
        return;
      }
      unattached.add(policy);
    }
    for (ResourceChange policy : unattached) {
      if (unknown.isEmpty()) {
        results.fail(
            policy,
            policy.address()
                + ": it denies "
                + String.join(" and ", actions)
                + " but no "
                + Scps.ATTACHMENT
                + " attaches it; "
                + results.fix());
      } else {
        results.undecided(
            policy, "cannot tell whether it is attached: " + String.join("; ", unknown));
      }
    }
  }

  private static Links.State attachment(
      ResourceChange policy, Inventory inventory, List<String> unknown) {
    Links.State result = Links.State.NOT_LINKED;
    for (ResourceChange attachment : inventory.endState(Scps.ATTACHMENT)) {
      Links.Link link = Links.AFTER.between(attachment, "policy_id", policy, "id");
      if (link.state() == Links.State.LINKED) {
        return Links.State.LINKED;
      }
      if (link.state() == Links.State.UNKNOWN) {
        unknown.add(link.reason());
        result = Links.State.UNKNOWN;
      }
    }
    return result;
  }
}
