package dev.iamgate.report.text;

import dev.iamgate.model.Severity;

/** ANSI colours, or none. */
final class Ansi {
  private final boolean enabled;

  Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  String red(String text) {
    return wrap("31;1", text);
  }

  String green(String text) {
    return wrap("32;1", text);
  }

  String bold(String text) {
    return wrap("1", text);
  }

  String severity(Severity severity, String text) {
    return switch (severity) {
      case CRITICAL -> wrap("35;1", text);
      case HIGH -> wrap("31", text);
      case MEDIUM -> wrap("33", text);
      case LOW -> wrap("36", text);
    };
  }

  private String wrap(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
