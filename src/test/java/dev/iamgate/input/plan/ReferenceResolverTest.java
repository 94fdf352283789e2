package dev.iamgate.input.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceResolverTest {
  @Test
  void splitsReferencesIntoSteps() {
    assertThat(ReferenceResolver.steps("module.a[\"x.y\"].out"))
        .containsExactly("module", "a", "[\"x.y\"]", "out");
    assertThat(ReferenceResolver.steps("aws_x.y[0].arn"))
        .containsExactly("aws_x", "y", "[0]", "arn");
    assertThat(ReferenceResolver.steps("data.t.n[\"a]b\"]"))
        .containsExactly("data", "t", "n", "[\"a]b\"]");
  }
}
