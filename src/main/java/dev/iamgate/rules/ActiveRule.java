package dev.iamgate.rules;

import dev.iamgate.model.Rule;

/**
 * A rule ready to run: its metadata and its check.
 *
 * @param rule what the rule is, for people and reports
 * @param check how it checks
 */
public record ActiveRule(Rule rule, Check check) {
  /** Whether this is the rule that reports suppressions that suppress nothing. */
  public boolean isSuppressionCheck() {
    return check instanceof InvalidSuppression;
  }

  /** Whether this is the rule that reports what others cannot decide. */
  public boolean isUnverifiable() {
    return check instanceof Unverifiable;
  }
}
