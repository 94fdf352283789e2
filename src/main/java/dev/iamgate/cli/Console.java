package dev.iamgate.cli;

import dev.iamgate.model.Diagnostic;
import java.io.PrintWriter;

/**
 * All user-facing text goes through here: the report to {@code out}, everything else to {@code
 * err}. Counts the errors it prints. Not thread-safe.
 */
final class Console {
  private final PrintWriter rawOut;
  private final PrintWriter rawErr;
  private PrintWriter out;
  private PrintWriter err;
  private int errors;

  Console(PrintWriter out, PrintWriter err) {
    this.rawOut = out;
    this.rawErr = err;
    this.out = out;
    this.err = err;
  }

  /**
   * From now on, passes standard error (and standard output when {@code output} is true) through a
   * {@link CommandGuard}, so the GitHub Actions runner reads no command from them.
   */
  void guard(boolean output) {
    err = new PrintWriter(new CommandGuard(rawErr), true);
    if (output) {
      out = new PrintWriter(new CommandGuard(rawOut), false);
    }
  }

  /**
   * Workflow commands, written as they are, to standard output when {@code toOutput} is true, else
   * to standard error; everything printed before them is flushed first.
   */
  void command(String commands, boolean toOutput) {
    out.flush();
    err.flush();
    PrintWriter target = toOutput ? rawOut : rawErr;
    target.print(commands);
    target.flush();
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
