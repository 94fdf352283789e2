package dev.iamgate.rules;

import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Requires a service control policy that denies all the given actions on all resources. A deny
 * narrowed by a condition is reported as a warning; a policy whose content is unknown is reported
 * as undecided rather than passed or failed.
 */
final class RequireScpDeny extends Check {
  private final List<String> actions;

  RequireScpDeny(List<String> actions) {
    this.actions = List.copyOf(actions);
  }

  @Override
  public Set<String> types() {
    return Set.of(Scps.POLICY);
  }

  @Override
  void evaluate(Inventory inventory, Results results) {
    Map<ResourceChange, Denial.Result> verdicts = new LinkedHashMap<>();
    for (ResourceChange policy : inventory.endState(Scps.POLICY)) {
      verdicts.put(policy, Scps.classify(policy, Side.AFTER, actions));
    }
    if (verdicts.values().stream().anyMatch(v -> v.level() == Denial.Level.DENIED)) {
      return;
    }
    if (report(verdicts, Denial.Level.UNKNOWN, results)) {
      return;
    }
    if (report(verdicts, Denial.Level.CONDITIONAL, results)) {
      return;
    }
    results.failMissing(Scps.POLICY, missing(verdicts, inventory) + "; " + results.fix());
  }

  /** Reports every policy at {@code level}; returns whether there was one. */
  private static boolean report(
      Map<ResourceChange, Denial.Result> verdicts, Denial.Level level, Results results) {
    boolean any = false;
    for (Map.Entry<ResourceChange, Denial.Result> entry : verdicts.entrySet()) {
      if (entry.getValue().level() != level) {
        continue;
      }
      any = true;
      ResourceChange policy = entry.getKey();
      if (level == Denial.Level.UNKNOWN) {
        results.undecided(policy, entry.getValue().detail());
      } else {
        Severity warning =
            results.rule().severity().compareTo(Severity.MEDIUM) < 0
                ? results.rule().severity()
                : Severity.MEDIUM;
        results.warn(
            policy,
            warning,
            policy.address()
                + ": the policy "
                + entry.getValue().detail()
                + "; a condition can exempt principals, so review that it only covers break-glass access");
      }
    }
    return any;
  }

  private String missing(Map<ResourceChange, Denial.Result> verdicts, Inventory inventory) {
    String required =
        "no service control policy denies " + String.join(" and ", actions) + " on all resources";
    if (verdicts.isEmpty()) {
      return inventory.noneLeft(Scps.POLICY) + ", so " + required;
    }
    List<String> reasons = new ArrayList<>();
    verdicts.forEach((policy, verdict) -> reasons.add(policy.address() + " " + verdict.detail()));
    return required + ": " + String.join("; ", reasons);
  }
}
