package dev.iamgate.cli;

import dev.iamgate.model.Report;

/** The process exit codes, listed in {@code --help}. Never a count: statuses wrap at 256. */
enum ExitCode {
  PASSED(0, "no finding at or above the --fail-on severity"),
  POLICY_FAILED(1, "at least one blocking finding"),
  ERROR(
      2,
      "bad command line, unreadable or invalid input, invalid policy, or a bug; nothing was judged");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  int code() {
    return code;
  }

  static ExitCode of(Report.Verdict verdict) {
    return switch (verdict) {
      case PASSED -> PASSED;
      case FAILED -> POLICY_FAILED;
      case ERROR -> ERROR;
    };
  }

  /** Code → meaning, as picocli prints them under "Exit codes:". */
  static java.util.Map<String, String> help() {
    java.util.Map<String, String> help = new java.util.LinkedHashMap<>();
    for (ExitCode code : values()) {
      help.put(Integer.toString(code.code), code.meaning);
    }
    return help;
  }
}
