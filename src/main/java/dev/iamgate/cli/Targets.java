package dev.iamgate.cli;

import dev.iamgate.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where one scan writes its reports: the {@code --format} report to standard output, or to the one
 * plain {@code --output FILE}; and each {@code --output FORMAT=FILE} to its file. Immutable.
 *
 * @param format the {@code --format} report
 * @param toStandardOutput whether that report goes to standard output (no plain {@code --output})
 * @param files every report written to a file, the {@code --format} one first when it is a file
 */
record Targets(ReportFormat format, boolean toStandardOutput, List<Target> files) {
  /** One report file. */
  record Target(ReportFormat format, Path file) {}

  /**
   * Reads the {@code --output} values: {@code FORMAT=FILE} when the text before the first {@code =}
   * is a format name, otherwise a plain file for the {@code --format} report.
   *
   * @throws IllegalArgumentException when two values name one file, or two are plain files
   */
  static Targets of(ReportFormat format, List<String> outputs) {
    List<Target> files = new ArrayList<>();
    Path plain = null;
    for (String output : outputs) {
      Target target = parse(output);
      if (target == null) {
        if (plain != null) {
          throw new IllegalArgumentException(
              "--output "
                  + output
                  + ": only one --output may omit its format, and --output "
                  + plain
                  + " already does; write FORMAT=FILE, e.g. --output sarif=iamgate.sarif");
        }
        plain = Path.of(output);
        files.add(0, new Target(format, plain));
      } else {
        files.add(target);
      }
    }
    Set<Path> seen = new HashSet<>();
    for (Target target : files) {
      if (!seen.add(target.file().normalize())) {
        throw new IllegalArgumentException(
            "--output names " + target.file() + " twice; give each report its own file");
      }
    }
    return new Targets(format, plain == null, List.copyOf(files));
  }

  private static Target parse(String output) {
    int equals = output.indexOf('=');
    if (equals <= 0) {
      return null;
    }
    ReportFormat format;
    try {
      format = ReportFormat.of(output.substring(0, equals));
    } catch (IllegalArgumentException notAFormat) {
      return null;
    }
    if (equals == output.length() - 1) {
      throw new IllegalArgumentException(
          "--output " + output + " names no file; write " + format.label() + "=FILE");
    }
    return new Target(format, Path.of(output.substring(equals + 1)));
  }

  /** The file of the first report in {@code format}, or null when none is written to a file. */
  Path fileOf(ReportFormat wanted) {
    return files.stream()
        .filter(target -> target.format() == wanted)
        .map(Target::file)
        .findFirst()
        .orElse(null);
  }
}
