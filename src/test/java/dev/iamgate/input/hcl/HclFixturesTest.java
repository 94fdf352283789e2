package dev.iamgate.input.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamgate.Fixtures;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Profile;
import dev.iamgate.rules.ActiveRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The configuration fixtures under testdata/hcl/RULE/CASE/: each is scanned as a directory and must
 * produce exactly the findings its markers name. {@code # expect: IG001} at the end of a line
 * expects a finding on that line; {@code # expect-below:} on the next line; {@code -suppressed}
 * expects the finding suppressed; {@code # expect-configuration:} a finding on the configuration as
 * a whole.
 */
class HclFixturesTest {
  private static final Path HCL = Fixtures.TESTDATA.resolve("hcl");
  private static final Pattern MARKER =
      Pattern.compile(
          "# expect(-below)?(-suppressed)?(-configuration)?: (IG\\d{3}(?:, IG\\d{3})*)\\s*$");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> rules = Files.list(HCL)) {
      List<Path> cases = new ArrayList<>();
      for (Path rule : rules.sorted().toList()) {
        try (Stream<Path> listed = Files.list(rule)) {
          cases.addAll(listed.filter(Files::isDirectory).sorted().toList());
        }
      }
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void producesExactlyTheMarkedFindings(Path directory) throws Exception {
    List<String> found = new ArrayList<>();
    for (Finding finding : findings(directory)) {
      found.add(
          finding.ruleId()
              + " "
              + finding.location().path()
              + ":"
              + finding.location().line()
              + (finding.isSuppressed() ? " suppressed" : ""));
    }

    assertThat(found).containsExactlyInAnyOrderElementsOf(markers(directory));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failCasesFailTheirRuleAndPassCasesDoNot(Path directory) throws Exception {
    String rule = directory.getParent().getFileName().toString();
    List<String> blocking =
        findings(directory).stream()
            .filter(f -> !f.isSuppressed())
            .map(f -> f.ruleId().value())
            .toList();

    if (directory.getFileName().toString().startsWith("fail")) {
      assertThat(blocking).contains(rule);
    } else {
      assertThat(blocking).doesNotContain(rule);
    }
  }

  @Test
  void everyRuleHasFailingAndPassingConfigurations() throws IOException {
    List<String> missing = new ArrayList<>();
    for (ActiveRule active : Fixtures.catalogue()) {
      Path rule = HCL.resolve(active.rule().id().value());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(rule)) {
        try (Stream<Path> listed = Files.list(rule)) {
          listed.forEach(p -> names.add(p.getFileName().toString()));
        }
      }
      if (names.stream().noneMatch(n -> n.startsWith("fail"))) {
        missing.add(active.rule().id() + " has no fail configuration");
      }
      if (names.stream().noneMatch(n -> n.startsWith("pass"))) {
        missing.add(active.rule().id() + " has no pass configuration");
      }
    }
    assertThat(missing).isEmpty();
  }

  static List<Finding> findings(Path directory) throws Exception {
    List<Finding> findings = new ArrayList<>();
    for (ChangeSet root : new HclReader().read(directory, Path.of("").toAbsolutePath())) {
      Evaluation evaluation = Fixtures.engine().evaluate(root, Profile.AUTO);
      assertThat(evaluation.errors()).isEmpty();
      findings.addAll(evaluation.findings());
    }
    return findings;
  }

  private static List<String> markers(Path directory) throws IOException {
    List<String> expected = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tf")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher marker = MARKER.matcher(lines.get(i));
          if (!marker.find()) {
            continue;
          }
          String place =
              marker.group(3) != null
                  ? Fixtures.shown(directory) + ":0"
                  : Fixtures.shown(file) + ":" + (i + 1 + (marker.group(1) != null ? 1 : 0));
          for (String rule : Pattern.compile(", ").split(marker.group(4), -1)) {
            expected.add(rule + " " + place + (marker.group(2) != null ? " suppressed" : ""));
          }
        }
      }
    }
    return expected;
  }
}
