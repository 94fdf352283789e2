package dev.iamgate.model;

import java.util.List;

/**
 * An input could not be read or judged: malformed, truncated, of the wrong kind, or an invalid
 * policy. Carries every problem found, so all of them can be reported at once.
 */
public final class InvalidInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public InvalidInputException(List<Diagnostic> diagnostics) {
    this(diagnostics, null);
  }

  public InvalidInputException(List<Diagnostic> diagnostics, Throwable cause) {
    super(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).toString(), cause);
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** One problem at one place. */
  public static InvalidInputException at(Location location, String message, String hint) {
    return new InvalidInputException(List.of(new Diagnostic(location, message, hint)));
  }

  /** The problems, in the order they were found; never empty. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
