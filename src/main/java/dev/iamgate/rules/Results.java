package dev.iamgate.rules;

import dev.iamgate.model.Finding;
import dev.iamgate.model.Location;
import dev.iamgate.model.Outcome;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Rule;
import dev.iamgate.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what one rule found on one input: findings, undecided items (reported under the
 * unverifiable rule, IG302) and existing resources listed apart. Not thread-safe; one per rule run.
 */
final class Results {
  private final Rule rule;
  private final Rule unverifiable;
  private final Location source;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Finding> undecided = new ArrayList<>();
  private final List<ResourceChange> existing = new ArrayList<>();

  /**
   * @param unverifiable the rule that reports undecided items, or null when it is not active
   */
  Results(Rule rule, Rule unverifiable, Location source) {
    this.rule = rule;
    this.unverifiable = unverifiable;
    this.source = source;
  }

  Rule rule() {
    return rule;
  }

  /** A finding on an existing or planned resource. */
  void fail(ResourceChange change, String message) {
    warn(change, rule.severity(), message);
  }

  /** A finding at a lower severity than the rule's, e.g. a deny narrowed by a condition. */
  void warn(ResourceChange change, Severity severity, String message) {
    findings.add(
        new Finding(
            rule.id(),
            severity,
            change.address().toString(),
            change.address().module(),
            message,
            change.location()));
  }

  /** A finding about a resource type that is missing altogether. */
  void failMissing(String type, String message) {
    findings.add(new Finding(rule.id(), rule.severity(), type, "", message, source));
  }

  /**
   * The rule cannot decide on {@code change}: {@code reason} says which value is missing and why.
   */
  void undecided(ResourceChange change, String reason) {
    if (unverifiable != null) {
      undecided.add(
          new Finding(
              unverifiable.id(),
              unverifiable.severity(),
              change.address().toString(),
              change.address().module(),
              undecidedMessage(change.address().toString(), reason),
              change.location()));
    }
  }

  private String undecidedMessage(String subject, String reason) {
    return subject
        + ": "
        + rule.id()
        + " ("
        + rule.name()
        + ") cannot be decided: "
        + reason
        + "; review it by hand, or make the value known at plan time";
  }

  /** A resource of a forbidden type that exists already and that the change does not create. */
  void existing(ResourceChange change) {
    existing.add(change);
  }

  List<Finding> findings() {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(undecided);
    return all;
  }

  List<ResourceChange> existingResources() {
    return existing;
  }

  boolean hasUndecided() {
    return !undecided.isEmpty();
  }

  Outcome outcome() {
    if (!findings.isEmpty()) {
      return Outcome.FAIL;
    }
    return undecided.isEmpty() ? Outcome.PASS : Outcome.UNDECIDED;
  }

  /** The first sentence of the rule's remediation, to end a finding's message. */
  String fix() {
    String remediation = rule.remediation().strip();
    int end = remediation.indexOf(". ");
    String sentence = end < 0 ? remediation : remediation.substring(0, end);
    if (sentence.endsWith(".")) {
      sentence = sentence.substring(0, sentence.length() - 1);
    }
    return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
