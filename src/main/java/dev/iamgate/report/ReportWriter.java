package dev.iamgate.report;

import dev.iamgate.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report in one format. Implementations are stateless and deterministic, byte for byte.
 */
public interface ReportWriter {
  /** Writes {@code report} to {@code out}; does not close it. */
  void write(Report report, Writer out) throws IOException;
}
