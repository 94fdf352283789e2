package dev.iamgate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamgate.Fixtures;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule fixtures under testdata/rules/RULE/: each plan names the exact findings it must produce
 * ({@code iamgate_expect}: "RULE subject") and the existing credentials it lists ({@code
 * iamgate_existing}); every rule needs fail and pass fixtures.
 */
class RuleFixturesTest {
  private static final Path RULES = Fixtures.TESTDATA.resolve("rules");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> fixtures() {
    return Fixtures.files(RULES, ".json").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void producesExactlyTheExpectedFindings(Path fixture) throws Exception {
    JsonNode expected = JSON.readTree(fixture.toFile());
    Evaluation evaluation = Fixtures.evaluate(Fixtures.shown(fixture));

    assertThat(evaluation.errors()).isEmpty();
    assertThat(
            evaluation.findings().stream()
                .map(f -> f.ruleId() + " " + f.subject() + (f.isSuppressed() ? " suppressed" : ""))
                .sorted())
        .containsExactlyElementsOf(strings(expected.get("iamgate_expect")));
    assertThat(evaluation.existing().stream().map(c -> c.address().toString()).sorted())
        .containsExactlyElementsOf(strings(expected.get("iamgate_existing")));
    assertThat(evaluation.findings())
        .allSatisfy(
            f ->
                assertThat(f.location().path())
                    .isIn(
                        Fixtures.shown(fixture),
                        Fixtures.shown(fixture.resolveSibling("main.tf"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void failFixturesFailTheirRuleAndPassFixturesDoNot(Path fixture) throws Exception {
    String rule = RULES.relativize(fixture).getName(0).toString();
    boolean fail = fixture.getFileName().toString().startsWith("fail");
    List<String> rules =
        Fixtures.evaluate(Fixtures.shown(fixture)).findings().stream()
            .map(f -> f.ruleId().value())
            .toList();

    if (fail) {
      assertThat(rules).contains(rule);
    } else {
      assertThat(rules).doesNotContain(rule);
    }
  }

  @Test
  void everyRuleHasFailingAndPassingFixtures() throws IOException {
    List<String> missing = new ArrayList<>();
    for (ActiveRule active : Fixtures.catalogue()) {
      Rule rule = active.rule();
      Path directory = RULES.resolve(rule.id().value());
      try (Stream<Path> files = Files.exists(directory) ? Files.list(directory) : Stream.empty()) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        if (names.stream().noneMatch(n -> n.startsWith("fail"))) {
          missing.add(rule.id() + " has no fail*.json fixture");
        }
        if (names.stream().noneMatch(n -> n.startsWith("pass"))) {
          missing.add(rule.id() + " has no pass*.json fixture");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void findingsPointAtTheirEntryInThePlan() throws Exception {
    Evaluation evaluation = Fixtures.evaluate("testdata/rules/IG001/fail.json");

    assertThat(evaluation.findings())
        .extracting(f -> f.subject() + " " + f.location())
        .containsExactly(
            "aws_iam_user.created testdata/rules/IG001/fail.json:82:5",
            "module.teams[\"data\"].aws_iam_user.member testdata/rules/IG001/fail.json:112:5",
            "aws_iam_user.renamed testdata/rules/IG001/fail.json:143:5",
            "aws_iam_user.rotated testdata/rules/IG001/fail.json:187:5");
  }

  @Test
  void severityAndMessageOfEachKind() throws Exception {
    List<Finding> scp = Fixtures.evaluate("testdata/rules/IG201/fail-conditional.json").findings();

    assertThat(scp)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).hasToString("MEDIUM");
              assertThat(f.message())
                  .isEqualTo(
                      "aws_organizations_policy.break_glass: the policy denies iam:CreateUser only under the condition"
                          + " ArnNotLike aws:PrincipalARN (statement 1), denies iam:CreateAccessKey only under the condition"
                          + " ArnNotLike aws:PrincipalARN (statement 1); a condition can exempt principals, so review that it"
                          + " only covers break-glass access");
            });
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    if (array != null) {
      array.forEach(node -> strings.add(node.asText()));
    }
    return strings.stream().sorted().toList();
  }
}
