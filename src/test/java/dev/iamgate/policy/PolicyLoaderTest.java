package dev.iamgate.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamgate.model.InvalidInputException;
import dev.iamgate.rules.ActiveRule;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {
  private final PolicyLoader loader = new PolicyLoader();

  @Test
  void loadsTheBuiltInCatalogue() throws Exception {
    List<ActiveRule> rules = loader.builtIn();

    assertThat(rules)
        .extracting(
            r ->
                r.rule().id()
                    + " "
                    + r.rule().name()
                    + " "
                    + r.rule().severity().label()
                    + " "
                    + r.rule().scope())
        .containsExactly(
            "IG001 iam-user-created high ANY",
            "IG002 iam-access-key-created critical ANY",
            "IG003 iam-user-credential-created high ANY",
            "IG004 iam-user-permissions-granted medium ANY",
            "IG101 identity-center-permission-set-missing high ORGANIZATION",
            "IG102 identity-center-assignment-missing high ORGANIZATION",
            "IG103 permission-set-without-policy medium ORGANIZATION",
            "IG104 permission-set-session-too-long medium ORGANIZATION",
            "IG105 assignment-to-individual-user medium ORGANIZATION",
            "IG201 scp-deny-iam-user-creation-missing high ORGANIZATION",
            "IG202 scp-deny-iam-user-creation-not-attached high ORGANIZATION",
            "IG301 guardrail-removed high ANY",
            "IG302 guardrail-unverifiable medium ANY",
            "IG303 suppression-invalid medium ANY");
    assertThat(rules).allSatisfy(r -> assertThat(r.rule().example()).isNotBlank());
  }

  @Test
  void reportsEverySchemaViolationWithFileLineAndPointer() {
    assertThatThrownBy(() -> load("invalid-fields.yaml"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Object::toString)
                    .containsExactly(
                        "invalid-fields.yaml:3:5: /rules/0: property 'owner' is not defined in the schema and the schema does not allow additional properties; see policies/policy.schema.json",
                        "invalid-fields.yaml:3:5: /rules/0: required property 'title' not found; see policies/policy.schema.json",
                        "invalid-fields.yaml:5:15: /rules/0/severity: does not have a value in the enumeration [\"low\", \"medium\", \"high\", \"critical\"]; see policies/policy.schema.json",
                        "invalid-fields.yaml:15:11: /rules/0/parameters/on: does not have a value in the enumeration [\"additions\", \"end-state\"]; see policies/policy.schema.json"));
  }

  @Test
  void refusesDuplicateIdsAndImpossibleLimits() {
    assertThatThrownBy(() -> load("duplicates.yaml"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.diagnostics())
                    .extracting(Object::toString)
                    .containsExactly(
                        "duplicates.yaml:14:9: /rules/1/id: rule id \"IG900\" is used twice; give each rule its own id",
                        "duplicates.yaml:15:11: /rules/1/name: rule name \"same-name\" is used twice; give each rule its own name",
                        "duplicates.yaml:24:17: /rules/1/parameters: privilegedMax PT2H is above max PT1H; see policies/policy.schema.json"));
  }

  @Test
  void refusesYamlThatDoesNotParse() {
    assertThatThrownBy(() -> load("bad-syntax.yaml"))
        .hasMessage(
            "bad-syntax.yaml:4:20: not valid YAML: while parsing a flow sequence; fix the syntax");
  }

  private List<ActiveRule> load(String name) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("src/test/resources/policies", name))) {
      return loader.load(in, name);
    }
  }
}
