package dev.iamgate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iamgate.input.plan.PlanReader;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Profile;
import dev.iamgate.policy.PolicyLoader;
import dev.iamgate.rules.ActiveRule;
import dev.iamgate.rules.RuleEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where test data lives, and the built-in pipeline for tests: catalogue, reader, engine. */
public final class Fixtures {
  /** The repository's test data; tests run with the repository as working directory. */
  public static final Path TESTDATA = Path.of("testdata");

  /** The team's shared corpus beside the checkout, when present. */
  public static final Path SHARED = Path.of("..", "shared");

  /** Today, for tests: suppressions expire against this date. */
  public static final java.time.Clock CLOCK =
      java.time.Clock.fixed(
          java.time.Instant.parse("2026-12-03T12:00:00Z"), java.time.ZoneOffset.UTC);

  private static List<ActiveRule> catalogue;

  private Fixtures() {}

  /** The built-in rules, loaded once. */
  public static synchronized List<ActiveRule> catalogue() {
    if (catalogue == null) {
      try {
        catalogue = new PolicyLoader().builtIn();
      } catch (InvalidInputException e) {
        throw new IllegalStateException("the built-in catalogue is invalid: " + e.diagnostics(), e);
      }
    }
    return catalogue;
  }

  public static RuleEngine engine() {
    return new RuleEngine(catalogue(), CLOCK);
  }

  /**
   * Reads the plan at {@code path} (relative to the repository) with the built-in rules' types,
   * placed at the {@code .tf} blocks of its directory when it holds any, as the CLI does.
   */
  public static ChangeSet read(String path) throws InvalidInputException {
    ChangeSet plan = new PlanReader(engine()::types).read(Path.of(path), path);
    Path directory = Path.of(path).toAbsolutePath().getParent();
    if (directory != null && holdsTerraform(directory)) {
      return new dev.iamgate.input.hcl.HclReader()
          .locate(plan, directory, Path.of("").toAbsolutePath());
    }
    return plan;
  }

  private static boolean holdsTerraform(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(f -> f.toString().endsWith(".tf"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads and evaluates the plan at {@code path} with the auto profile. */
  public static Evaluation evaluate(String path) throws InvalidInputException {
    return engine().evaluate(read(path), Profile.AUTO);
  }

  /** A file or directory of ../shared, or the test is skipped saying it is absent. */
  public static Path shared(String relative) {
    Path path = SHARED.resolve(relative);
    assumeTrue(
        Files.exists(path),
        () ->
            path
                + " does not exist here; this test reads the team's shared corpus and is skipped without it");
    return path;
  }

  /** The files below {@code directory} whose names end with {@code suffix}, sorted. */
  public static List<Path> files(Path directory, String suffix) {
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path with forward slashes, as iamgate shows it. */
  public static String shown(Path path) {
    return path.toString().replace('\\', '/');
  }
}
