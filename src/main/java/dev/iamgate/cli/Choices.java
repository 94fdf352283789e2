package dev.iamgate.cli;

import dev.iamgate.model.Profile;
import dev.iamgate.model.Severity;
import dev.iamgate.report.ReportFormat;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine;

/** Lower-case completion candidates for the enum options, as help shows them. */
final class Choices {
  private Choices() {}

  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).iterator();
    }
  }

  /** Reads {@code --format} labels such as {@code gitlab-sast}, in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.of(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class Profiles implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Profile.values()).map(Profile::label).iterator();
    }
  }

  static final class Severities implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Severity.values()).map(Severity::label).iterator();
    }
  }
}
