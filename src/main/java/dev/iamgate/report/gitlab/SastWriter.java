package dev.iamgate.report.gitlab;

import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Report;
import dev.iamgate.model.Rule;
import dev.iamgate.report.Fingerprints;
import dev.iamgate.report.Json;
import dev.iamgate.report.ReportWriter;
import dev.iamgate.report.Repository;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A GitLab SAST report ({@code artifacts:reports:sast}), schema 15.2.1: one vulnerability per
 * finding that is not suppressed, identified by its rule, with the fingerprint (shaped as a UUID)
 * as its id, the rule's remediation as solution and paths relative to the repository root; notices
 * and rule errors as scan messages. The schema requires start and end times; both are the run's
 * time (see {@link dev.iamgate.report.ReportContext#time()}), to the second.
 */
public final class SastWriter implements ReportWriter {
  static final String VERSION = "15.2.1";
  static final String SCHEMA =
      "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v15.2.1/dist/sast-report-format.json";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Repository repository;
  private final Instant time;

  /**
   * @param repository where report paths sit in the repository
   * @param time when the scan ran
   */
  public SastWriter(Repository repository, Instant time) {
    this.repository = repository;
    this.time = time.truncatedTo(ChronoUnit.SECONDS);
  }

  record Document(String version, String schema, Scan scan, List<Vulnerability> vulnerabilities) {}

  record Scan(
      Component analyzer,
      Component scanner,
      String type,
      String start_time,
      String end_time,
      String status,
      List<Message> messages) {}

  record Component(String id, String name, String version, Vendor vendor) {}

  record Vendor(String name) {}

  record Message(String level, String value) {}

  record Vulnerability(
      String id,
      String name,
      String description,
      String severity,
      String solution,
      List<Identifier> identifiers,
      List<Link> links,
      Place location) {}

  record Identifier(String type, String name, String value, String url) {}

  record Link(String name, String url) {}

  record Place(String file, Integer start_line, Integer end_line) {}

  @Override
  public void write(Report report, Writer out) throws IOException {
    Component iamgate =
        new Component("iamgate", "iamgate", report.toolVersion(), new Vendor("iamgate"));
    String at = TIME.format(time);
    Scan scan =
        new Scan(
            iamgate,
            iamgate,
            "sast",
            at,
            at,
            report.verdict() == Report.Verdict.ERROR ? "failure" : "success",
            messages(report));
    List<Vulnerability> vulnerabilities = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (!finding.isSuppressed()) {
        vulnerabilities.add(vulnerability(report.rule(finding.ruleId()), finding));
      }
    }
    Json.write(new Document(VERSION, SCHEMA, scan, vulnerabilities), out);
  }

  private static List<Message> messages(Report report) {
    List<Message> messages = new ArrayList<>();
    for (Evaluation evaluation : report.evaluations()) {
      for (Diagnostic error : evaluation.errors()) {
        messages.add(new Message("warn", error.location() + ": " + error.message()));
      }
      for (Diagnostic notice : evaluation.input().notices()) {
        messages.add(new Message("info", notice.location() + ": " + notice.message()));
      }
    }
    return messages;
  }

  private Vulnerability vulnerability(Rule rule, Finding finding) {
    int line = finding.location().line();
    Integer startLine = line == 0 ? null : line;
    return new Vulnerability(
        uuid(Fingerprints.of(finding)),
        rule.title(),
        finding.message(),
        severity(finding),
        rule.remediation(),
        List.of(
            new Identifier(
                "iamgate_rule_id",
                "iamgate " + rule.id() + " " + rule.name(),
                rule.id().value(),
                rule.helpUri())),
        List.of(new Link(rule.name(), rule.helpUri())),
        new Place(repository.path(finding.location().path()), startLine, startLine));
  }

  private static String severity(Finding finding) {
    String label = finding.severity().label();
    return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
  }

  /** The 32 hex digits of a fingerprint in the 8-4-4-4-12 shape of a UUID. */
  static String uuid(String fingerprint) {
    return fingerprint.substring(0, 8)
        + "-"
        + fingerprint.substring(8, 12)
        + "-"
        + fingerprint.substring(12, 16)
        + "-"
        + fingerprint.substring(16, 20)
        + "-"
        + fingerprint.substring(20, 32);
  }
}
