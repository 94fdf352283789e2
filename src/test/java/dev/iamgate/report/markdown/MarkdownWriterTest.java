package dev.iamgate.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamgate.Fixtures;
import dev.iamgate.model.Report;
import dev.iamgate.model.Severity;
import dev.iamgate.report.Repository;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
  @Test
  void staysUnderItsLimitAndSaysWhatItLeftOut() throws Exception {
    Report report =
        new Report(
            "0.1.0",
            Fixtures.engine().rules(),
            List.of(Fixtures.evaluate("testdata/plans/injection/plan.json")),
            Severity.HIGH);
    StringWriter out = new StringWriter();

    new MarkdownWriter(Repository.NONE, 10_000).write(report, out);

    assertThat(out.toString().length()).isLessThanOrEqualTo(10_000);
    assertThat(out.toString())
        .contains(
            "\n… and 2 more findings, left out to keep this under GitHub's size limit; the SARIF"
                + " and text reports list them all.\n");
  }

  @Test
  void linksEachPlaceToItsLineAtTheCommit() throws Exception {
    Report report =
        new Report(
            "0.1.0",
            Fixtures.engine().rules(),
            List.of(Fixtures.evaluate("testdata/examples/pull-request/plan.json")),
            Severity.HIGH);
    StringWriter out = new StringWriter();

    new MarkdownWriter(
            new Repository("infra/", "https://github.com/acme/infra/blob/0123abcd/"), 60_000)
        .write(report, out);

    assertThat(out.toString())
        .contains(
            "| [testdata/examples/pull\\-request/modules/ci\\_bot/main.tf:7]"
                + "(<https://github.com/acme/infra/blob/0123abcd/infra/testdata/examples/"
                + "pull-request/modules/ci_bot/main.tf#L7>) |");
  }
}
