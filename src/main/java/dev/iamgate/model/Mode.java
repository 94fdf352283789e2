package dev.iamgate.model;

/** Whether a block is a managed resource ({@code resource}) or a data source ({@code data}). */
public enum Mode {
  MANAGED,
  DATA;

  /** Reads the plan's {@code mode} field: {@code "managed"} or {@code "data"}. */
  public static Mode parse(String text) {
    return switch (text) {
      case "managed" -> MANAGED;
      case "data" -> DATA;
      default -> throw new IllegalArgumentException("unknown mode \"" + text + "\"");
    };
  }
}
