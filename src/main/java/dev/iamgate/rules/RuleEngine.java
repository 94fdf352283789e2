package dev.iamgate.rules;

import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Outcome;
import dev.iamgate.model.Profile;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Rule;
import dev.iamgate.model.RuleId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs every active rule on one input and collects the results.
 *
 * <p>How it works: the profile is chosen first ({@code auto} looks for {@code aws_organizations_*}
 * and {@code aws_ssoadmin_*} blocks); organization-scope rules are skipped for workload stacks.
 * Each rule's check then reads the input through an {@link Inventory}: the end state (what exists
 * after the change) or the changes themselves. Links between resources follow the references the
 * configuration records, then known values. What a check cannot decide becomes a finding of the
 * unverifiable rule (IG302), never a pass. A check that throws is isolated: its rule gets the ERROR
 * outcome and the run fails closed. Thread-safe: the engine holds no mutable state.
 */
public final class RuleEngine {
  private final List<ActiveRule> rules;
  private final Rule unverifiable;
  private final Rule invalidSuppression;
  private final Clock clock;

  /**
   * @param clock tells today's date, against which suppressions expire
   */
  public RuleEngine(List<ActiveRule> rules, Clock clock) {
    this.rules = List.copyOf(rules);
    this.unverifiable = find(rules, ActiveRule::isUnverifiable);
    this.invalidSuppression = find(rules, ActiveRule::isSuppressionCheck);
    this.clock = clock;
  }

  private static Rule find(
      List<ActiveRule> rules, java.util.function.Predicate<ActiveRule> wanted) {
    return rules.stream().filter(wanted).map(ActiveRule::rule).findFirst().orElse(null);
  }

  /** The metadata of the active rules, in catalogue order. */
  public List<Rule> rules() {
    return rules.stream().map(ActiveRule::rule).toList();
  }

  /** Every resource type some rule reads; readers keep only these. */
  public Set<String> types() {
    Set<String> types = new TreeSet<>();
    rules.forEach(active -> types.addAll(active.check().types()));
    return types;
  }

  /** Evaluates every rule on {@code input} under the {@code requested} profile. */
  public Evaluation evaluate(ChangeSet input, Profile requested) {
    Profile.Choice choice = choose(input, requested);
    Inventory inventory = new Inventory(input);
    Map<RuleId, Outcome> outcomes = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    List<ResourceChange> existing = new ArrayList<>();
    List<Diagnostic> errors = new ArrayList<>();
    boolean undecided = false;
    for (ActiveRule active : rules) {
      Rule rule = active.rule();
      if (rule.scope() == Rule.Scope.ORGANIZATION && choice.profile() == Profile.WORKLOAD) {
        outcomes.put(rule.id(), Outcome.NOT_APPLICABLE);
        continue;
      }
      Results results = new Results(rule, unverifiable, input.source());
      try {
        active.check().evaluate(inventory, results);
      } catch (RuntimeException e) { // per-rule isolation (STYLE §33): fail closed, keep the others
        outcomes.put(rule.id(), Outcome.ERROR);
        errors.add(
            new Diagnostic(
                input.source(),
                "rule " + rule.id() + " failed: " + e,
                "this is a bug in iamgate; please report it with the input"));
        continue;
      }
      outcomes.put(rule.id(), results.outcome());
      undecided |= results.hasUndecided();
      findings.addAll(results.findings());
      existing.addAll(results.existingResources());
    }
    if (unverifiable != null && outcomes.get(unverifiable.id()) != Outcome.ERROR) {
      outcomes.put(unverifiable.id(), undecided ? Outcome.FAIL : Outcome.PASS);
    }
    return new Evaluation(
        input, choice, outcomes, suppress(input, findings, outcomes), existing, errors);
  }

  /** Applies the input's inline suppressions; reports those that suppress nothing. */
  private List<Finding> suppress(
      ChangeSet input, List<Finding> findings, Map<RuleId, Outcome> outcomes) {
    LocalDate today = LocalDate.now(clock);
    List<Finding> all = new ArrayList<>(Suppressing.apply(findings, input.waivers(), today));
    if (invalidSuppression != null) {
      Set<RuleId> known = new java.util.HashSet<>();
      rules.forEach(active -> known.add(active.rule().id()));
      List<Finding> invalid =
          Suppressing.invalid(input.waivers(), today, invalidSuppression, known);
      all.addAll(invalid);
      outcomes.put(invalidSuppression.id(), invalid.isEmpty() ? Outcome.PASS : Outcome.FAIL);
    }
    return all;
  }

  static Profile.Choice choose(ChangeSet input, Profile requested) {
    if (requested != Profile.AUTO) {
      return new Profile.Choice(requested, "set by --profile " + requested.label());
    }
    String source = input.origin() == ChangeSet.Origin.PLAN ? "the plan" : "the configuration";
    if (input.organizationMarkers().isEmpty()) {
      return new Profile.Choice(
          Profile.WORKLOAD,
          "auto: "
              + source
              + " holds no aws_organizations_* or aws_ssoadmin_* resource or data source");
    }
    String first = input.organizationMarkers().first();
    int more = input.organizationMarkers().size() - 1;
    return new Profile.Choice(
        Profile.ORGANIZATION,
        "auto: "
            + source
            + " holds "
            + first
            + (more == 0
                ? ""
                : " and " + more + " more aws_organizations_*/aws_ssoadmin_* blocks"));
  }
}
