package dev.iamgate.model;

/**
 * One problem with an input, printed like compiler output: {@code path:line:col: message}, with an
 * optional hint saying what to do.
 *
 * @param location where; the file as a whole when the line is unknown
 * @param message what is wrong, lower-case, no trailing period, values quoted
 * @param hint what to do next, or the empty string
 */
public record Diagnostic(Location location, String message, String hint) {
  public Diagnostic {
    if (message.isBlank()) {
      throw new IllegalArgumentException("diagnostic without a message at " + location);
    }
  }

  /** The diagnostic on one line: location, message and hint. */
  @Override
  public String toString() {
    return location + ": " + message + (hint.isEmpty() ? "" : "; " + hint);
  }
}
