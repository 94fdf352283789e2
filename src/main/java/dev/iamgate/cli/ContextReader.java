package dev.iamgate.cli;

import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Location;
import dev.iamgate.report.ReportContext;
import dev.iamgate.report.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads what reports need from the surroundings: the repository the working directory is in (the
 * nearest directory above it holding {@code .git}), the web address of the commit from GitHub
 * Actions or GitLab CI variables, and the time the scan stands for.
 */
final class ContextReader {
  private ContextReader() {}

  static ReportContext read(Environment environment, boolean color) throws InvalidInputException {
    Map<String, String> variables = environment.variables();
    return new ReportContext(
        color,
        new Repository(prefix(environment.workingDirectory()), blobUrl(variables)),
        time(environment));
  }

  /** The working directory relative to its repository's root: empty, or ending in a slash. */
  private static String prefix(Path workingDirectory) {
    Path directory = workingDirectory.toAbsolutePath().normalize();
    for (Path root = directory; root != null; root = root.getParent()) {
      if (Files.exists(root.resolve(".git"))) {
        String relative = root.relativize(directory).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
      }
    }
    return "";
  }

  /** {@code SERVER/OWNER/REPO/blob/SHA/} on GitHub, {@code PROJECT/-/blob/SHA/} on GitLab. */
  private static String blobUrl(Map<String, String> variables) {
    String server = variables.getOrDefault("GITHUB_SERVER_URL", "");
    String repository = variables.getOrDefault("GITHUB_REPOSITORY", "");
    String sha = variables.getOrDefault("GITHUB_SHA", "");
    if (!server.isEmpty() && !repository.isEmpty() && sha.matches("[0-9a-f]{40,64}")) {
      return trim(server) + "/" + repository + "/blob/" + sha + "/";
    }
    String project = variables.getOrDefault("CI_PROJECT_URL", "");
    String commit = variables.getOrDefault("CI_COMMIT_SHA", "");
    if (!project.isEmpty() && commit.matches("[0-9a-f]{40,64}")) {
      return trim(project) + "/-/blob/" + commit + "/";
    }
    return "";
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * {@code CI_PIPELINE_CREATED_AT} (GitLab), else {@code SOURCE_DATE_EPOCH} (reproducible builds),
   * else now: reruns of one pipeline then write identical reports.
   */
  private static Instant time(Environment environment) throws InvalidInputException {
    String pipeline = environment.variables().getOrDefault("CI_PIPELINE_CREATED_AT", "");
    if (!pipeline.isEmpty()) {
      try {
        return OffsetDateTime.parse(pipeline).toInstant();
      } catch (DateTimeParseException e) {
        throw invalid(
            "CI_PIPELINE_CREATED_AT", pipeline, "an ISO 8601 time such as 2026-12-03T10:15:30Z");
      }
    }
    String epoch = environment.variables().getOrDefault("SOURCE_DATE_EPOCH", "");
    if (!epoch.isEmpty()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(epoch));
      } catch (NumberFormatException e) {
        throw invalid("SOURCE_DATE_EPOCH", epoch, "a number of seconds since 1970");
      }
    }
    return environment.clock().instant();
  }

  private static InvalidInputException invalid(String variable, String value, String expected) {
    return InvalidInputException.at(
        Location.of(variable),
        "the environment variable is \"" + value + "\", not " + expected,
        "fix or unset " + variable);
  }
}
