package dev.iamgate.model;

import java.util.List;

/**
 * Everything one run found, across its inputs, with the rules that judged them. Immutable.
 *
 * @param toolVersion iamgate's version
 * @param rules the rule catalogue, sorted by id
 * @param evaluations one per input, sorted by input path
 * @param failOn the lowest severity that fails the gate
 */
public record Report(
    String toolVersion, List<Rule> rules, List<Evaluation> evaluations, Severity failOn) {
  public Report {
    rules = rules.stream().sorted(java.util.Comparator.comparing(Rule::id)).toList();
    // Sorted by input, so naming the inputs in another order gives the same report.
    evaluations =
        evaluations.stream()
            .sorted(java.util.Comparator.comparing(e -> e.input().source()))
            .toList();
  }

  /** The result of the run as a whole. */
  public enum Verdict {
    /** No finding at or above the threshold. */
    PASSED,
    /** At least one finding at or above the threshold. */
    FAILED,
    /** A rule failed to run: nothing can be concluded. */
    ERROR
  }

  /** ERROR when a rule failed to run, else FAILED when a finding blocks, else PASSED. */
  public Verdict verdict() {
    if (evaluations.stream().anyMatch(e -> !e.errors().isEmpty())) {
      return Verdict.ERROR;
    }
    return findings().stream().anyMatch(f -> f.isBlocking(failOn))
        ? Verdict.FAILED
        : Verdict.PASSED;
  }

  /** All findings of all inputs, in report order. */
  public List<Finding> findings() {
    return evaluations.stream().flatMap(e -> e.findings().stream()).sorted().toList();
  }

  /** The rule with {@code id}. */
  public Rule rule(RuleId id) {
    return rules.stream()
        .filter(rule -> rule.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + id + " in the report"));
  }
}
