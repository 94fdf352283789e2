package dev.iamgate.report.github;

import java.util.ArrayList;
import java.util.List;

/**
 * One GitHub Actions workflow command line, {@code ::error title=…,file=…,line=…::message}, escaped
 * as the runner unescapes it: in the message {@code %}, CR and LF; in property values also {@code
 * :} and {@code ,}. Properties come in the order GitHub's toolkit ({@code @actions/core}) writes
 * them, and a property without a value is left out, as the toolkit does, so the same annotation
 * gives the same bytes from either.
 */
final class WorkflowCommand {
  private WorkflowCommand() {}

  /** Where an annotation points; 0 or empty leaves a property out. */
  record Place(String title, String file, int line, int endLine) {}

  /** The command line, without its line end. */
  static String annotation(Level level, Place place, String message) {
    List<String> properties = new ArrayList<>();
    add(properties, "title", place.title());
    add(properties, "file", place.file());
    add(properties, "line", place.line() == 0 ? "" : Integer.toString(place.line()));
    add(properties, "endLine", place.endLine() == 0 ? "" : Integer.toString(place.endLine()));
    String joined = properties.isEmpty() ? "" : " " + String.join(",", properties);
    return "::" + level.command() + joined + "::" + escapeData(message);
  }

  private static void add(List<String> properties, String key, String value) {
    if (!value.isEmpty()) {
      properties.add(key + "=" + escapeProperty(value));
    }
  }

  static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }

  /** The annotation kinds, each with its own limit per step. */
  enum Level {
    ERROR,
    WARNING,
    NOTICE;

    String command() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
