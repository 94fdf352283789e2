package dev.iamgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's samples are the real output, not a copy that drifts. */
class ReadmeTest {
  @Test
  void showsTheMarkdownReportOfTheExampleAsWritten() throws Exception {
    String readme = Files.readString(Path.of("README.md")).replace("\r\n", "\n");
    String start = "<!-- markdown-sample:start -->\n";
    String sample =
        readme.substring(
            readme.indexOf(start) + start.length(), readme.indexOf("<!-- markdown-sample:end -->"));

    assertThat(sample)
        .isEqualTo(
            Files.readString(Fixtures.TESTDATA.resolve("golden/markdown/pull-request.md"))
                .replace("\r\n", "\n"));
  }
}
