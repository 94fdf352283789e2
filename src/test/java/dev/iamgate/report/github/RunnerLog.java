package dev.iamgate.report.github;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a step's output the way the GitHub Actions runner does (actions/runner, ActionCommand and
 * ActionCommandManager, written here in our own words): a line whose first non-blank characters are
 * {@code ::} and a known command is a command; so is any line holding {@code ##[} followed by a
 * known command, the old syntax. Used to prove that only iamgate's own annotations are commands.
 */
public final class RunnerLog {
  private RunnerLog() {}

  /** The runner's commands, which an attacker would want to forge. */
  private static final Set<String> COMMANDS =
      Set.of(
          "set-output",
          "set-env",
          "add-path",
          "add-mask",
          "add-matcher",
          "remove-matcher",
          "warning",
          "error",
          "notice",
          "debug",
          "group",
          "endgroup",
          "echo",
          "save-state",
          "stop-commands");

  private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile(",");
  private static final java.util.regex.Pattern LINE_END =
      java.util.regex.Pattern.compile("\r\n|\n|\r");

  /** A command as the runner sees it: name, unescaped properties and unescaped message. */
  public record Command(String name, Map<String, String> properties, String message) {}

  /** Every command in {@code log}, in order. */
  public static List<Command> commands(String log) {
    List<Command> commands = new ArrayList<>();
    for (String line : LINE_END.split(log, -1)) {
      Command command = current(line);
      if (command == null) {
        command = legacy(line);
      }
      if (command != null) {
        commands.add(command);
      }
    }
    return commands;
  }

  private static Command current(String line) {
    String trimmed = strip(line, false);
    if (!trimmed.startsWith("::")) {
      return null;
    }
    int end = trimmed.indexOf("::", 2);
    if (end < 0) {
      return null;
    }
    String info = trimmed.substring(2, end);
    int space = info.indexOf(' ');
    String name = space < 0 ? info : info.substring(0, space);
    if (!COMMANDS.contains(name.toLowerCase(Locale.ROOT))) {
      return null;
    }
    Map<String, String> properties = new LinkedHashMap<>();
    if (space > 0) {
      for (String entry : COMMA.split(strip(info.substring(space + 1), true))) {
        putProperty(properties, entry);
      }
    }
    return new Command(name, properties, unescapeData(trimmed.substring(end + 2)));
  }

  /**
   * The runner splits an entry at its first {@code =} with .NET's {@code Split('=', 2,
   * RemoveEmptyEntries)}, where empty pieces do not count: {@code =} signs before the key or right
   * after the first one are dropped, and an entry without both a key and a value is ignored.
   */
  private static void putProperty(Map<String, String> properties, String entry) {
    String rest = entry.replaceFirst("^=+", "");
    int equals = rest.indexOf('=');
    if (equals < 0) {
      return;
    }
    String value = rest.substring(equals + 1).replaceFirst("^=+", "");
    if (!value.isEmpty()) {
      properties.put(rest.substring(0, equals), unescapeProperty(value));
    }
  }

  /** .NET's {@code TrimStart} (or {@code Trim}): its white space is Unicode's, not Java's. */
  private static String strip(String text, boolean bothEnds) {
    int start = 0;
    int end = text.length();
    while (start < end && isDotNetWhitespace(text.charAt(start))) {
      start++;
    }
    while (bothEnds && end > start && isDotNetWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isDotNetWhitespace(char c) {
    return Character.isSpaceChar(c) || (c >= '\t' && c <= '\r') || c == '\u0085';
  }

  private static Command legacy(String line) {
    int start = line.indexOf("##[");
    if (start < 0) {
      return null;
    }
    int close = line.indexOf(']', start);
    if (close < 0) {
      return null;
    }
    String info = line.substring(start + 3, close);
    int space = info.indexOf(' ');
    String name = space < 0 ? info : info.substring(0, space);
    return COMMANDS.contains(name.toLowerCase(Locale.ROOT))
        ? new Command(name, Map.of(), line.substring(close + 1))
        : null;
  }

  public static String unescapeData(String text) {
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  public static String unescapeProperty(String text) {
    return text.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }
}
