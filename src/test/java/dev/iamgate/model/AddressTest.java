package dev.iamgate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressTest {
  @Test
  void rendersAsTerraformPrintsIt() {
    assertThat(new Address("", Mode.MANAGED, "aws_iam_user", "ci", ""))
        .hasToString("aws_iam_user.ci");
    assertThat(new Address("module.a[\"x.y\"].module.b", Mode.DATA, "aws_iam_user", "u", "[0]"))
        .hasToString("module.a[\"x.y\"].module.b.data.aws_iam_user.u[0]");
    assertThat(Address.renderKey("line\nbreak \"quoted\""))
        .isEqualTo("[\"line\\nbreak \\\"quoted\\\"\"]");
    assertThat(Address.renderKey(3)).isEqualTo("[3]");
  }

  @Test
  void parsesModuleCallsThroughQuotedKeys() {
    assertThat(Address.moduleCalls("module.a[\"k.module.z]\"].module.b[2]"))
        .containsExactly("a", "b");
    assertThat(Address.moduleCalls("")).isEmpty();
    assertThat(Address.parentModule("module.a[\"k.module.z\"].module.b[2]"))
        .isEqualTo("module.a[\"k.module.z\"]");
    assertThat(Address.parentModule("module.a")).isEmpty();
    assertThatThrownBy(() -> Address.moduleCalls("modul.a"))
        .hasMessage("\"modul.a\" is not a module address");
    assertThatThrownBy(() -> Address.moduleCalls("module.a[\"x"))
        .hasMessage("unterminated instance key in \"module.a[\"x\"");
  }
}
