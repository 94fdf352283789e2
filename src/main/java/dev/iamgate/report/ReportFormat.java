package dev.iamgate.report;

import dev.iamgate.report.github.GithubWriter;
import dev.iamgate.report.gitlab.CodeQualityWriter;
import dev.iamgate.report.gitlab.SastWriter;
import dev.iamgate.report.json.JsonWriter;
import dev.iamgate.report.junit.JunitWriter;
import dev.iamgate.report.markdown.MarkdownWriter;
import dev.iamgate.report.rdjson.RdjsonWriter;
import dev.iamgate.report.sarif.SarifWriter;
import dev.iamgate.report.text.TextWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a report can be written in. */
public enum ReportFormat {
  /** For people: verdict first, findings grouped by module, counts; colour on a terminal. */
  TEXT,
  /** For programs: the documented, versioned schema {@code iamgate-report-v1.schema.json}. */
  JSON,
  /** SARIF 2.1.0, for GitHub code scanning and other SARIF consumers. */
  SARIF,
  /** GitHub Actions workflow commands: one annotation per finding, within GitHub's limits. */
  GITHUB,
  /** Markdown for a pull-request comment or a job summary. */
  MARKDOWN,
  /** JUnit XML for Jenkins and GitLab test reports. */
  JUNIT,
  /** GitLab Code Quality (the Code Climate subset GitLab reads) for the merge-request widget. */
  GITLAB_CODEQUALITY,
  /** GitLab SAST report, schema 15.2.1, for the security widget. */
  GITLAB_SAST,
  /** reviewdog's diagnostic format, for review comments on GitHub, GitLab, Bitbucket, Gitea. */
  RDJSON;

  /** The name used on the command line, e.g. {@code gitlab-sast}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The format labelled {@code label}, in any case. */
  public static ReportFormat of(String label) {
    for (ReportFormat format : values()) {
      if (format.label().equalsIgnoreCase(label)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown report format \""
            + label
            + "\"; expected one of "
            + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")));
  }

  /** A writer for this format. */
  public ReportWriter writer(ReportContext context) {
    return switch (this) {
      case TEXT -> new TextWriter(context.color());
      case JSON -> new JsonWriter();
      case SARIF -> new SarifWriter(context.repository());
      case GITHUB -> new GithubWriter(context.repository());
      case MARKDOWN -> new MarkdownWriter(context.repository(), MarkdownWriter.COMMENT_LIMIT);
      case JUNIT -> new JunitWriter();
      case GITLAB_CODEQUALITY -> new CodeQualityWriter(context.repository());
      case GITLAB_SAST -> new SastWriter(context.repository(), context.time());
      case RDJSON -> new RdjsonWriter(context.repository());
    };
  }
}
