package dev.iamgate.cli;

import dev.iamgate.model.Report;
import dev.iamgate.report.ReportContext;
import dev.iamgate.report.Summary;
import dev.iamgate.report.markdown.MarkdownWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a scan adds inside a GitHub Actions step ({@code GITHUB_ACTIONS=true}): the Markdown report
 * appended to the job summary ({@code $GITHUB_STEP_SUMMARY}) and the step outputs {@code findings},
 * {@code blocking} and {@code sarif} appended to {@code $GITHUB_OUTPUT}. The annotations themselves
 * are the {@code github} report, written by the scan.
 */
final class GithubActions {
  private final Environment environment;

  GithubActions(Environment environment) {
    this.environment = environment;
  }

  /** Whether the scan runs in a GitHub Actions step. */
  static boolean isActive(Environment environment) {
    return "true".equals(environment.variables().get("GITHUB_ACTIONS"));
  }

  /** Appends the Markdown report to the job summary, when the runner offers one. */
  void writeSummary(Report report, ReportContext context) throws IOException {
    Path summary = file("GITHUB_STEP_SUMMARY");
    if (summary == null) {
      return;
    }
    StringWriter markdown = new StringWriter();
    new MarkdownWriter(context.repository(), MarkdownWriter.COMMENT_LIMIT).write(report, markdown);
    append(summary, markdown.toString());
  }

  /**
   * Appends the step outputs, when the runner offers them.
   *
   * @param sarif the SARIF report's file, or null when none was written
   */
  void writeOutputs(Report report, Path sarif) throws IOException {
    Path outputs = file("GITHUB_OUTPUT");
    if (outputs == null) {
      return;
    }
    Summary summary = Summary.of(report);
    String sarifPath = sarif == null ? "" : sarif.toString();
    if (sarifPath.contains("\n") || sarifPath.contains("\r")) {
      throw new IOException("the SARIF path holds a line break, so it cannot be a step output");
    }
    append(
        outputs,
        "findings="
            + summary.findings()
            + "\nblocking="
            + summary.blocking()
            + "\nsarif="
            + sarifPath
            + "\n");
  }

  private Path file(String variable) {
    String value = environment.variables().getOrDefault(variable, "");
    return value.isEmpty() ? null : environment.workingDirectory().resolve(value);
  }

  private static void append(Path file, String text) throws IOException {
    try (Writer out =
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND,
            StandardOpenOption.WRITE)) {
      out.write(text);
    }
  }
}
