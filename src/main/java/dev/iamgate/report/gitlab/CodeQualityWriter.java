package dev.iamgate.report.gitlab;

import dev.iamgate.model.Finding;
import dev.iamgate.model.Report;
import dev.iamgate.model.Severity;
import dev.iamgate.report.Fingerprints;
import dev.iamgate.report.Json;
import dev.iamgate.report.ReportWriter;
import dev.iamgate.report.Repository;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * GitLab Code Quality ({@code artifacts:reports:codequality}) for the merge-request widget: a JSON
 * array of Code Climate issues with the fields GitLab reads ({@code description}, {@code
 * check_name}, {@code fingerprint}, {@code severity}, {@code location.path}, {@code
 * location.lines.begin}), one per finding that is not suppressed, paths relative to the repository
 * root. A finding on a file as a whole is put on its first line, since GitLab needs a line.
 */
public final class CodeQualityWriter implements ReportWriter {
  private final Repository repository;

  /**
   * @param repository where report paths sit in the repository
   */
  public CodeQualityWriter(Repository repository) {
    this.repository = repository;
  }

  /** One Code Climate issue; field order is the output order. */
  record Issue(
      String type,
      String check_name,
      String description,
      List<String> categories,
      String severity,
      String fingerprint,
      IssueLocation location) {}

  record IssueLocation(String path, Lines lines) {}

  record Lines(int begin) {}

  @Override
  public void write(Report report, Writer out) throws IOException {
    List<Issue> issues = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.isSuppressed()) {
        continue;
      }
      issues.add(
          new Issue(
              "issue",
              finding.ruleId().value(),
              finding.ruleId()
                  + " "
                  + report.rule(finding.ruleId()).name()
                  + ": "
                  + finding.message(),
              List.of("Security"),
              severity(finding.severity()),
              Fingerprints.of(finding),
              new IssueLocation(
                  repository.path(finding.location().path()),
                  new Lines(Math.max(1, finding.location().line())))));
    }
    Json.write(issues, out);
  }

  /** GitLab's scale, most severe first: blocker, critical, major, minor, info. */
  static String severity(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "blocker";
      case HIGH -> "critical";
      case MEDIUM -> "major";
      case LOW -> "minor";
    };
  }
}
