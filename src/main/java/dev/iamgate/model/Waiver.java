package dev.iamgate.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An accepted exception written in the source: {@code # iamgate:ignore IG001,IG002 until=2027-01-31
 * -- reason}. It suppresses the named rules' findings on the block it is written on or above while
 * it is well-formed and not past its date; otherwise it suppresses nothing and is reported itself.
 * Immutable.
 *
 * @param rules the rules it names, in the order written
 * @param reason why the exception is accepted; empty when missing
 * @param until the last day it applies, or null for no end date
 * @param location where the comment is
 * @param target the header of the block it applies to, or null when it is on no block
 * @param problem why it is malformed (no reason, an unknown rule, a bad date, no block), or empty
 */
public record Waiver(
    List<RuleId> rules,
    String reason,
    LocalDate until,
    Location location,
    Location target,
    String problem) {
  public Waiver {
    rules = List.copyOf(rules);
  }

  /** Whether it suppresses findings of {@code rule} on {@code today}. */
  public boolean covers(RuleId rule, LocalDate today) {
    return problem.isEmpty() && rules.contains(rule) && !isExpired(today);
  }

  /** Whether its date has passed. */
  public boolean isExpired(LocalDate today) {
    return until != null && until.isBefore(today);
  }
}
