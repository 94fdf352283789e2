package dev.iamgate.model;

/** The result of one rule on one input. */
public enum Outcome {
  /** The rule found nothing. */
  PASS,
  /** The rule produced at least one finding. */
  FAIL,
  /** A value the rule needs is unknown; reported as IG302 findings instead of a pass. */
  UNDECIDED,
  /** The rule does not apply: out of scope for the chosen profile. */
  NOT_APPLICABLE,
  /** The rule failed to run; nothing it checks was judged. */
  ERROR
}
