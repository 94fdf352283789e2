package dev.iamgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.AbstractAssert;

/** Assertions on a command-line run, one name per idea. */
final class CliResultAssert extends AbstractAssert<CliResultAssert, CliResult> {
  private CliResultAssert(CliResult actual) {
    super(actual, CliResultAssert.class);
  }

  static CliResultAssert assertThatRun(CliResult actual) {
    return new CliResultAssert(actual);
  }

  CliResultAssert exitedWith(int code) {
    assertThat(actual.exitCode()).as("exit code; stderr was:%n%s", actual.err()).isEqualTo(code);
    return this;
  }

  CliResultAssert printed(String out) {
    assertThat(actual.out()).as("stdout").isEqualTo(out);
    return this;
  }

  CliResultAssert printedContaining(String... parts) {
    assertThat(actual.out()).as("stdout").contains(parts);
    return this;
  }

  CliResultAssert printedNothing() {
    assertThat(actual.out()).as("stdout").isEmpty();
    return this;
  }

  CliResultAssert complained(String err) {
    assertThat(actual.err()).as("stderr").isEqualTo(err);
    return this;
  }

  CliResultAssert complainedContaining(String... parts) {
    assertThat(actual.err()).as("stderr").contains(parts);
    return this;
  }

  CliResultAssert complainedNothing() {
    assertThat(actual.err()).as("stderr").isEmpty();
    return this;
  }
}
