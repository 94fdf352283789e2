package dev.iamgate.report;

import java.time.Instant;

/**
 * What writers may know beyond the report: how to style text, where the scanned files sit in their
 * repository, and the time the scan stands for. Immutable.
 *
 * @param color whether the text report may use ANSI colours
 * @param repository where report paths sit in the repository, for annotations and links
 * @param time when the scan ran, for formats that require it (GitLab SAST); the CLI takes it from
 *     {@code CI_PIPELINE_CREATED_AT} or {@code SOURCE_DATE_EPOCH} when set, so reruns of one
 *     pipeline give identical bytes
 */
public record ReportContext(boolean color, Repository repository, Instant time) {
  /** Plain text, paths as reported, no links, at {@code time}. */
  public static ReportContext plain(Instant time) {
    return new ReportContext(false, Repository.NONE, time);
  }
}
