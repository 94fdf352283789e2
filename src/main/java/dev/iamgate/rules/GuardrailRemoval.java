package dev.iamgate.rules;

import dev.iamgate.model.Actions;
import dev.iamgate.model.ResourceChange;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reports changes that remove or weaken guardrails: deleting, forgetting or replacing (delete
 * first) a resource of the guarded types, the service control policy that denies the given actions
 * or its attachment; or updating that policy so it no longer denies them.
 */
final class GuardrailRemoval extends Check {
  private final Set<String> types;
  private final List<String> scpActions;

  GuardrailRemoval(Set<String> types, List<String> scpActions) {
    this.types = new TreeSet<>(types);
    this.scpActions = List.copyOf(scpActions);
  }

  @Override
  public Set<String> types() {
    Set<String> all = new TreeSet<>(types);
    all.add(Scps.POLICY);
    all.add(Scps.ATTACHMENT);
    return all;
  }

  @Override
  void evaluate(Inventory inventory, Results results) {
    for (String type : types) {
      for (ResourceChange change : inventory.all(type)) {
        if (isRemoval(change)) {
          results.fail(
              change,
              change.address()
                  + ": "
                  + inventory.subject()
                  + " "
                  + removes(change.actions(), "it")
                  + "; "
                  + results.fix());
        }
      }
    }
    for (ResourceChange policy : inventory.all(Scps.POLICY)) {
      checkPolicy(policy, inventory, results);
    }
    for (ResourceChange attachment : inventory.all(Scps.ATTACHMENT)) {
      if (isRemoval(attachment)) {
        checkAttachment(attachment, inventory, results);
      }
    }
  }

  /** Removals that leave a gap: not a deposed object's clean-up, not create-before-destroy. */
  private static boolean isRemoval(ResourceChange change) {
    Actions actions = change.actions();
    return change.deposed().isEmpty()
        && (actions == Actions.DELETE
            || actions == Actions.FORGET
            || actions == Actions.DELETE_THEN_CREATE);
  }

  /** "deletes it", "forgets it (...)", "replaces it, deleting it first", for {@code object}. */
  private static String removes(Actions actions, String object) {
    return switch (actions) {
      case DELETE -> "deletes " + object;
      case FORGET -> "forgets " + object + " (it stays in AWS but is no longer managed as code)";
      default -> "replaces " + object + ", deleting it first";
    };
  }

  private void checkPolicy(ResourceChange policy, Inventory inventory, Results results) {
    if (!policy.deposed().isEmpty() || !policy.actions().existedBefore()) {
      return;
    }
    Denial.Result before = Scps.classify(policy, Side.BEFORE, scpActions);
    if (before.level() == Denial.Level.UNKNOWN && isRemoval(policy)) {
      results.undecided(
          policy,
          inventory.subject()
              + " "
              + removes(policy.actions(), "a policy whose content is not known")
              + ", so whether it was the guardrail cannot be told");
      return;
    }
    if (!Scps.isGuardrail(before)) {
      return;
    }
    String what = "the service control policy that " + before.detail();
    if (isRemoval(policy)) {
      results.fail(
          policy,
          policy.address()
              + ": "
              + inventory.subject()
              + " "
              + removes(policy.actions(), what)
              + "; "
              + results.fix());
      return;
    }
    if (!policy.actions().existsAfter()) {
      return;
    }
    Denial.Result after = Scps.classify(policy, Side.AFTER, scpActions);
    if (after.level() == Denial.Level.UNKNOWN) {
      results.undecided(policy, "it is " + what + ", and after the change " + after.detail());
    } else if (after.level().compareTo(before.level()) < 0) {
      results.fail(
          policy,
          policy.address()
              + ": "
              + inventory.subject()
              + " changes "
              + what
              + " so that it "
              + after.detail()
              + "; "
              + results.fix());
    }
  }

  private void checkAttachment(ResourceChange attachment, Inventory inventory, Results results) {
    boolean found = false;
    for (ResourceChange policy : inventory.all(Scps.POLICY)) {
      Links.Link link = Links.BEFORE.between(attachment, "policy_id", policy, "id");
      if (link.state() != Links.State.LINKED) {
        continue;
      }
      found = true;
      Denial.Result verdict = Scps.classify(policy, Side.BEFORE, scpActions);
      if (Scps.isGuardrail(verdict)) {
        results.fail(
            attachment,
            attachment.address()
                + ": "
                + inventory.subject()
                + " "
                + removes(
                    attachment.actions(),
                    "the attachment of "
                        + policy.address()
                        + ", the service control policy that "
                        + verdict.detail())
                + "; "
                + results.fix());
        return;
      }
    }
    if (!found) {
      results.undecided(
          attachment,
          "it attaches policy "
              + Side.BEFORE.of(attachment, "policy_id").display()
              + ", which is not in "
              + inventory.subject()
              + ", so whether it is the guardrail cannot be told");
    }
  }
}
