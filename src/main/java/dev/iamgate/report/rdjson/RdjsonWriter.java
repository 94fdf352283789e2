package dev.iamgate.report.rdjson;

import dev.iamgate.model.Finding;
import dev.iamgate.model.Report;
import dev.iamgate.model.Rule;
import dev.iamgate.model.Severity;
import dev.iamgate.report.Json;
import dev.iamgate.report.ReportWriter;
import dev.iamgate.report.Repository;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * reviewdog's Diagnostic Format ({@code reviewdog -f=rdjson}), so reviewdog can post review
 * comments on GitHub, GitLab, Bitbucket and Gitea: one diagnostic per finding that is not
 * suppressed, at its line (a finding on a file as a whole has no range), an error when it blocks,
 * else a warning (info when low), with the rule as its code.
 */
public final class RdjsonWriter implements ReportWriter {
  private final Repository repository;

  /**
   * @param repository where report paths sit in the repository
   */
  public RdjsonWriter(Repository repository) {
    this.repository = repository;
  }

  record Result(Source source, List<Diagnostic> diagnostics) {}

  record Source(String name, String url) {}

  record Diagnostic(String message, Location location, String severity, Source source, Code code) {}

  record Location(String path, Range range) {}

  record Range(Position start) {}

  record Position(int line) {}

  record Code(String value, String url) {}

  @Override
  public void write(Report report, Writer out) throws IOException {
    Source iamgate = new Source("iamgate", null);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.isSuppressed()) {
        continue;
      }
      Rule rule = report.rule(finding.ruleId());
      int line = finding.location().line();
      diagnostics.add(
          new Diagnostic(
              rule.id() + " " + rule.name() + ": " + finding.message(),
              new Location(
                  repository.path(finding.location().path()),
                  line == 0 ? null : new Range(new Position(line))),
              severity(finding, report.failOn()),
              iamgate,
              new Code(rule.id().value(), rule.helpUri())));
    }
    Json.write(new Result(iamgate, diagnostics), out);
  }

  private static String severity(Finding finding, Severity failOn) {
    if (finding.isBlocking(failOn)) {
      return "ERROR";
    }
    return finding.severity() == Severity.LOW ? "INFO" : "WARNING";
  }
}
