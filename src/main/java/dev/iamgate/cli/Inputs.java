package dev.iamgate.cli;

import dev.iamgate.input.hcl.HclReader;
import dev.iamgate.input.plan.PlanReader;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a path named on the command line into change sets: a directory or {@code .tf} file into one
 * per root module; a plan (or {@code -}) into one, placed at its {@code .tf} blocks when its source
 * configuration is known (named by {@code --source}, or the plan's own directory when it holds
 * {@code .tf} files).
 */
final class Inputs {
  private final PlanReader plans;
  private final HclReader configurations = new HclReader();
  private final Path source;
  private final Environment environment;

  /**
   * @param source the {@code --source} directory, or null
   */
  Inputs(PlanReader plans, Path source, Environment environment) {
    this.plans = plans;
    this.source = source;
    this.environment = environment;
  }

  List<ChangeSet> read(String path) throws InvalidInputException {
    Path working = environment.workingDirectory();
    if ("-".equals(path)) {
      return List.of(locate(plans.read(environment.stdin(), "-"), null));
    }
    Path file = working.resolve(path);
    if (Files.isDirectory(file) || path.endsWith(".tf") || path.endsWith(".tf.json")) {
      return configurations.read(file, working);
    }
    return List.of(locate(plans.read(file, shown(path)), file.toAbsolutePath().getParent()));
  }

  private ChangeSet locate(ChangeSet plan, Path planDirectory) throws InvalidInputException {
    Path configuration =
        source != null ? environment.workingDirectory().resolve(source) : planDirectory;
    if (configuration == null || !holdsConfiguration(configuration)) {
      if (source != null) {
        throw InvalidInputException.at(
            dev.iamgate.model.Location.of(source.toString()),
            "--source names no directory with .tf files",
            "name the root module the plan was made from");
      }
      return plan;
    }
    return configurations.locate(plan, configuration, environment.workingDirectory());
  }

  private static boolean holdsConfiguration(Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(
          f ->
              f.getFileName().toString().endsWith(".tf")
                  || f.getFileName().toString().endsWith(".tf.json"));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * How reports name an input: relative to the working directory when below it, forward slashes.
   */
  String shown(String path) {
    Path base = environment.workingDirectory().normalize();
    Path absolute = base.resolve(path).normalize();
    String shown = absolute.startsWith(base) ? base.relativize(absolute).toString() : path;
    return shown.replace('\\', '/');
  }
}
