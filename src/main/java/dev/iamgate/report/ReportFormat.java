package dev.iamgate.report;

import dev.iamgate.report.json.JsonWriter;
import dev.iamgate.report.sarif.SarifWriter;
import dev.iamgate.report.text.TextWriter;
import java.util.Locale;

/** The formats a report can be written in. */
public enum ReportFormat {
  /** For people: verdict first, findings grouped by module, counts; colour on a terminal. */
  TEXT,
  /** For programs: the documented, versioned schema {@code iamgate-report-v1.schema.json}. */
  JSON,
  /** SARIF 2.1.0, for GitHub code scanning and other SARIF consumers. */
  SARIF;

  /** Whether text output may use ANSI colours. */
  public enum Style {
    PLAIN,
    COLOR
  }

  /** The lower-case name used on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A writer for this format; {@code style} matters only for text. */
  public ReportWriter writer(Style style) {
    return switch (this) {
      case TEXT -> new TextWriter(style == Style.COLOR);
      case JSON -> new JsonWriter();
      case SARIF -> new SarifWriter();
    };
  }
}
