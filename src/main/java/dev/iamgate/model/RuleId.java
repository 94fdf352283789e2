package dev.iamgate.model;

import java.util.regex.Pattern;

/**
 * Stable identifier of a rule, e.g. {@code IG001}; grouped by hundreds per family and never reused.
 */
public record RuleId(String value) implements Comparable<RuleId> {
  private static final Pattern FORM = Pattern.compile("IG\\d{3}");

  public RuleId {
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("rule id \"" + value + "\" is not of the form IG000");
    }
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
