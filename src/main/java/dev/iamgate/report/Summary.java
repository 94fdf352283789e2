package dev.iamgate.report;

import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Outcome;
import dev.iamgate.model.Report;
import dev.iamgate.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts of a report: rule outcomes (summed over inputs) and findings per severity.
 *
 * @param outcomes how many rule runs ended in each outcome
 * @param severities how many findings of each severity
 * @param blocking how many findings fail the gate
 */
public record Summary(
    Map<Outcome, Integer> outcomes, Map<Severity, Integer> severities, int blocking) {
  /** Counts {@code report}. */
  public static Summary of(Report report) {
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    for (Evaluation evaluation : report.evaluations()) {
      evaluation.outcomes().values().forEach(outcome -> outcomes.merge(outcome, 1, Integer::sum));
    }
    int blocking = 0;
    for (Finding finding : report.findings()) {
      severities.merge(finding.severity(), 1, Integer::sum);
      blocking += finding.isBlocking(report.failOn()) ? 1 : 0;
    }
    return new Summary(outcomes, severities, blocking);
  }

  /** The total number of findings. */
  public int findings() {
    return severities.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * One line of counts, e.g. {@code 13 rule runs: 2 fail, 1 undecided, 10 pass; 3 findings: 1
   * critical, 2 high; 3 blocking at high}.
   */
  public String line(Severity failOn) {
    int runs = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    List<String> byOutcome = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      if (outcomes.containsKey(outcome)) {
        byOutcome.add(
            outcomes.get(outcome)
                + " "
                + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    List<String> bySeverity = new ArrayList<>();
    for (Severity severity :
        List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
      if (severities.containsKey(severity)) {
        bySeverity.add(severities.get(severity) + " " + severity.label());
      }
    }
    String findings =
        findings()
            + (findings() == 1 ? " finding" : " findings")
            + (bySeverity.isEmpty() ? "" : " (" + String.join(", ", bySeverity) + ")");
    return runs
        + " rule runs: "
        + String.join(", ", byOutcome)
        + "; "
        + findings
        + "; "
        + blocking
        + " blocking at "
        + failOn.label();
  }
}
