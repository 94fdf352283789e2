package dev.iamgate.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the rules found in one input. Immutable; findings are sorted.
 *
 * @param input the change set that was evaluated
 * @param profile the profile chosen for it, and why
 * @param outcomes the outcome of every rule, by rule id
 * @param findings the findings, in report order
 * @param existing resources of long-lived credential types that exist already and that the change
 *     does not create (left alone, updated, deleted, forgotten or imported), listed apart from
 *     findings
 * @param errors rules that failed to run, with what went wrong
 */
public record Evaluation(
    ChangeSet input,
    Profile.Choice profile,
    Map<RuleId, Outcome> outcomes,
    List<Finding> findings,
    List<ResourceChange> existing,
    List<Diagnostic> errors) {
  public Evaluation {
    outcomes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(outcomes));
    findings = findings.stream().sorted().toList();
    existing = List.copyOf(existing);
    errors = List.copyOf(errors);
  }
}
