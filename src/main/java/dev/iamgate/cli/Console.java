package dev.iamgate.cli;

import dev.iamgate.model.Diagnostic;
import java.io.PrintWriter;

/**
 * All user-facing text goes through here: the report to {@code out}, everything else to {@code
 * err}. Counts the errors it prints. Not thread-safe.
 */
final class Console {
  private final PrintWriter out;
  private final PrintWriter err;
  private int errors;

  Console(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  PrintWriter out() {
    return out;
  }

  /**
   * One diagnostic, compiler style: {@code path:line:col: error: message}, hint on the next line.
   */
  void error(Diagnostic diagnostic) {
    errors++;
    err.println(diagnostic.location() + ": error: " + diagnostic.message());
    if (!diagnostic.hint().isEmpty()) {
      err.println("  hint: " + diagnostic.hint());
    }
    err.flush();
  }

  /** A one-line error without a location. */
  void error(String message) {
    errors++;
    err.println("iamgate: error: " + message);
    err.flush();
  }

  /** Progress, notices and summaries. */
  void info(String message) {
    err.println(message);
    err.flush();
  }

  int errors() {
    return errors;
  }
}
