package dev.iamgate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamgate.Fixtures;
import dev.iamgate.input.plan.PlanReader;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Profile;
import dev.iamgate.model.ResourceChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 84 real plans in ../shared/corpus/plans (Terraform 0.12 to 1.15, OpenTofu; format 0.1 to
 * 1.2). Skipped, saying so, where ../shared does not exist.
 */
class CorpusTest {
  private static final String ERRORED = "tofu__show-json_plan-error_output.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> plans() {
    return Fixtures.files(Fixtures.shared("corpus/plans"), ".json").stream()
        .filter(p -> !p.toString().contains("fragments"));
  }

  @Test
  void holdsEightyFourPlans() {
    assertThat(plans()).hasSize(84);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void readsEveryChangeWithTheAddressTerraformPrinted(Path plan) throws Exception {
    if (plan.getFileName().toString().equals(ERRORED)) {
      return; // refusesTheErroredPlan
    }
    JsonNode raw = JSON.readTree(plan.toFile());
    Set<String> allTypes = new HashSet<>();
    List<String> managed = new ArrayList<>();
    raw.path("resource_changes")
        .forEach(
            change -> {
              allTypes.add(change.path("type").asText());
              managed.add(change.path("address").asText() + deposed(change));
            });

    ChangeSet read = new PlanReader(() -> allTypes).read(plan, plan.toString());

    assertThat(read.changes())
        .extracting(c -> c.address() + (c.deposed().isEmpty() ? "" : " deposed"))
        .containsExactlyElementsOf(managed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void evaluatesEveryPlanWithoutARuleError(Path plan) throws Exception {
    if (plan.getFileName().toString().equals(ERRORED)) {
      return;
    }
    Evaluation evaluation =
        Fixtures.engine().evaluate(Fixtures.read(Fixtures.shown(plan)), Profile.AUTO);

    assertThat(evaluation.errors()).isEmpty();
  }

  @Test
  void refusesTheErroredPlan() {
    Path plan = Fixtures.shared("corpus/plans").resolve(ERRORED);

    assertThatThrownBy(() -> Fixtures.read(Fixtures.shown(plan)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            Fixtures.shown(plan)
                + ": the plan is partial: Terraform reported errors while planning (errored: true); fix the errors"
                + " terraform plan printed and plan again; a partial plan cannot be judged");
  }

  @Test
  void reportsTheIamUsersAndAccessKeysTheCorpusCreates() throws Exception {
    List<String> found = new ArrayList<>();
    for (Path plan : plans().toList()) {
      if (plan.getFileName().toString().equals(ERRORED)) {
        continue;
      }
      for (var finding : Fixtures.evaluate(Fixtures.shown(plan)).findings()) {
        if (finding.ruleId().value().equals("IG001") || finding.ruleId().value().equals("IG002")) {
          found.add(plan.getFileName() + " " + finding.ruleId() + " " + finding.subject());
        }
      }
    }

    assertThat(found)
        .containsExactlyInAnyOrder(
            "awsiamval__identity_policies_test_plan.json IG002 aws_iam_access_key.lb",
            "awsiamval__identity_policies_test_plan.json IG001 aws_iam_user.lb",
            "awsiamval__multiple_policies_test_plan.json IG002 aws_iam_access_key.lb",
            "awsiamval__multiple_policies_test_plan.json IG001 aws_iam_user.lb",
            "awsiamval__no_access_granted_test_plan.json IG002 aws_iam_access_key.lb",
            "awsiamval__no_access_granted_test_plan.json IG001 aws_iam_user.lb",
            "checkov__plan_with_iam_policies_tfplan.json IG001 aws_iam_user.fail_3",
            "checkov__runner_plan_tfplan.json IG002 aws_iam_access_key.user",
            "checkov__runner_plan_tfplan.json IG001 aws_iam_user.user",
            "regula__iam_admin_policy_infra.json IG001 aws_iam_user.my_test_user",
            "regula__iam_user_attached_policy_infra.json IG001 aws_iam_user.invalid_normal_policy_user",
            "regula__iam_user_attached_policy_infra.json IG001 aws_iam_user.invalid_user_policy_attachment_user",
            "regula__iam_user_attached_policy_infra.json IG001 aws_iam_user.invalid_user_policy_user",
            "regula__iam_user_attached_policy_infra.json IG001 aws_iam_user.valid_group_blank_user",
            "regula__iam_user_attached_policy_infra.json IG001 aws_iam_user.valid_group_empty_list_user",
            "regula__iam_user_attached_policy_infra.json IG001 aws_iam_user.valid_group_missing_user");
  }

  @Test
  void listsTheUserThatAnUpdatePlanLeavesAlone() throws Exception {
    Path plan = Fixtures.shared("corpus/plans").resolve("snyk-cli__tf-plan-update.json");
    List<ResourceChange> existing = Fixtures.evaluate(Fixtures.shown(plan)).existing();

    assertThat(existing)
        .extracting(c -> c.address() + " " + c.actions().label())
        .containsExactly("aws_iam_user.ci no-op");
  }

  @Test
  void judgesTheScpThatDeniesNothingOnAllResources() throws Exception {
    Path plan = Fixtures.shared("corpus/plans").resolve("awsiamval__scp_test_plan.json");
    Evaluation evaluation = Fixtures.evaluate(Fixtures.shown(plan));

    assertThat(evaluation.profile().profile()).isEqualTo(Profile.ORGANIZATION);
    assertThat(evaluation.findings())
        .filteredOn(f -> f.ruleId().value().equals("IG201"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "no service control policy denies iam:CreateUser and iam:CreateAccessKey on all resources:"
                            + " aws_organizations_policy.demo_scp denies iam:CreateUser only on some resources (statement"
                            + " \"DenyAllExceptList\")"));
  }

  private static String deposed(JsonNode change) {
    return change.hasNonNull("deposed") ? " deposed" : "";
  }
}
