package dev.iamgate.model;

import java.util.Locale;

/** How serious a rule is, from LOW to CRITICAL; the natural order is ascending severity. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** The lower-case name used in policies, reports and on the command line, e.g. {@code high}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a finding of this severity is at or above {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) >= 0;
  }
}
