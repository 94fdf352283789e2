package dev.iamgate.rules;

import dev.iamgate.model.Finding;
import dev.iamgate.model.Location;
import dev.iamgate.model.Rule;
import dev.iamgate.model.RuleId;
import dev.iamgate.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies inline suppressions: a finding on a block is suppressed by a well-formed, current waiver
 * on that block that names its rule. Waivers that suppress nothing because they are malformed, name
 * an unknown rule or are past their date become findings of the invalid-suppression rule.
 */
final class Suppressing {
  private Suppressing() {}

  /** The findings, suppressed where a waiver covers them. */
  static List<Finding> apply(List<Finding> findings, List<Waiver> waivers, LocalDate today) {
    List<Finding> applied = new ArrayList<>();
    for (Finding finding : findings) {
      Waiver cover = null;
      for (Waiver waiver : waivers) {
        if (isOn(waiver.target(), finding.location()) && waiver.covers(finding.ruleId(), today)) {
          cover = waiver;
          break;
        }
      }
      applied.add(cover == null ? finding : finding.suppressedBy(cover));
    }
    return applied;
  }

  /** Findings of {@code rule} for the waivers that suppress nothing. */
  static List<Finding> invalid(
      List<Waiver> waivers, LocalDate today, Rule rule, Set<RuleId> known) {
    List<Finding> findings = new ArrayList<>();
    for (Waiver waiver : waivers) {
      String problem = problem(waiver, today, known);
      if (!problem.isEmpty()) {
        String subject =
            "iamgate:ignore "
                + String.join(",", waiver.rules().stream().map(RuleId::value).toList());
        findings.add(
            new Finding(
                rule.id(),
                rule.severity(),
                subject.strip(),
                "",
                "the suppression at "
                    + waiver.location()
                    + " suppresses nothing: "
                    + problem
                    + "; write it as `# iamgate:ignore IG001 until=YYYY-MM-DD -- reason` on or above the block",
                waiver.location()));
      }
    }
    return findings;
  }

  private static String problem(Waiver waiver, LocalDate today, Set<RuleId> known) {
    if (!waiver.problem().isEmpty()) {
      return waiver.problem();
    }
    for (RuleId rule : waiver.rules()) {
      if (!known.contains(rule)) {
        return "it names " + rule + ", which is not a rule";
      }
    }
    return waiver.isExpired(today) ? "it expired on " + waiver.until() : "";
  }

  private static boolean isOn(Location target, Location place) {
    return target != null && target.path().equals(place.path()) && target.line() == place.line();
  }
}
