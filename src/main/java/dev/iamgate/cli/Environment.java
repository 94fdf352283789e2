package dev.iamgate.cli;

import java.io.Console;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a run may read from its surroundings, passed in so tests can set it.
 *
 * @param variables environment variables, e.g. {@code NO_COLOR}
 * @param stdin standard input, read when a path is {@code -}
 * @param terminal whether standard output is a terminal (colour is used only then)
 * @param workingDirectory where relative paths start; paths below it are shown relative to it
 * @param clock today's date, against which inline suppressions expire
 */
record Environment(
    Map<String, String> variables,
    InputStream stdin,
    boolean terminal,
    Path workingDirectory,
    Clock clock) {
  static Environment system() {
    return new Environment(
        System.getenv(),
        System.in,
        isTerminal(),
        Path.of("").toAbsolutePath(),
        Clock.system(java.time.ZoneId.systemDefault()));
  }

  /**
   * JDK 17 has no console when output is redirected; JDK 22+ always has one and asks isTerminal().
   */
  @SuppressWarnings("SystemConsoleNull") // both cases are handled here
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException beforeJdk22) {
      return true;
    }
  }
}
