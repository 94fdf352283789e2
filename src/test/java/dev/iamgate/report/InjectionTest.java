package dev.iamgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamgate.Fixtures;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Report;
import dev.iamgate.model.Severity;
import dev.iamgate.report.github.RunnerLog;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A plan whose resource keys and values hold line breaks, workflow commands ({@code ::error::},
 * {@code ##[error]}), {@code %}, HTML, table pipes, backticks and mentions, and sensitive values:
 * every format must carry them as data and never as markup, commands or secrets.
 */
class InjectionTest {
  private static final String PLAN = "testdata/plans/injection/plan.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT_KEY = "aws_iam_user.people[\"<script>alert(1)</script>\"]";

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void holdsNoWorkflowCommandButItsOwnAnnotations(ReportFormat format) throws Exception {
    List<RunnerLog.Command> commands = RunnerLog.commands(write(format));

    if (format == ReportFormat.GITHUB) {
      assertThat(commands)
          .extracting(RunnerLog.Command::name)
          .containsExactly(
              "error", "error", "error", "error", "error", "error", "error", "error", "error",
              "error", "warning", "warning", "notice");
    } else {
      assertThat(commands).isEmpty();
    }
  }

  @Test
  void annotatesEachFindingWithItsExactMessage() throws Exception {
    Report report = report();
    List<String> messages =
        RunnerLog.commands(write(ReportFormat.GITHUB)).stream()
            .filter(command -> !command.name().equals("notice"))
            .map(RunnerLog.Command::message)
            .toList();

    assertThat(report.findings().stream().map(Finding::message).toList()).containsAll(messages);
    assertThat(messages)
        .contains(
            "aws_iam_user.people[\"##[error]forged old-style command\"]: this plan creates it;"
                + " remove the aws_iam_user",
            "aws_iam_user.people[\"line one\\nline two ::error::forged by a newline\"]: this"
                + " plan creates it; remove the aws_iam_user");
    assertThat(RunnerLog.commands(write(ReportFormat.GITHUB)).get(12).message())
        .isEqualTo(
            "4 more findings were not annotated: GitHub shows 10 annotations of each kind per"
                + " step. The job summary, the SARIF report and the text report list every"
                + " finding.");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void neverPrintsASensitiveValue(ReportFormat format) throws Exception {
    assertThat(write(format)).doesNotContain("SECRET");
  }

  @Test
  void keepsMarkdownTablesAndHtmlInert() throws Exception {
    String markdown = write(ReportFormat.MARKDOWN);

    assertThat(markdown)
        .doesNotContain("##[", "@octocat")
        .doesNotContainPattern("(?<!\\\\)<(script|img|b)")
        .contains("\\<script\\>alert\\(1\\)\\</script\\>", "cell\\|break\\|here", "@\u200boctocat");
    for (String line : markdown.lines().toList()) {
      if (line.startsWith("| ") && !line.startsWith("|---")) {
        assertThat(unescapedPipes(line)).as(line).isIn(4L, 6L);
      }
      assertThat(line.stripLeading()).as(line).doesNotStartWith("::");
    }
  }

  @Test
  void keepsJunitValidXmlWithEachAddressAsAName() throws Exception {
    String xml = write(ReportFormat.JUNIT);
    NodeList cases =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(xml)))
            .getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(((Element) cases.item(i)).getAttribute("name"));
    }

    assertThat(names)
        .contains(
            SCRIPT_KEY,
            "aws_iam_user.people[\"#\\u0023[error]forged old-style command\"]",
            "aws_iam_user.people[\"line one\\nline two ::error::forged by a newline\"]");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = ReportFormat.class,
      names = {"JSON", "SARIF", "GITLAB_CODEQUALITY", "GITLAB_SAST", "RDJSON"})
  void keepsJsonFormatsValidWithEachValueAsData(ReportFormat format) throws Exception {
    JsonNode document = JSON.readTree(write(format));
    List<String> texts = new ArrayList<>();
    document
        .findValues("message")
        .forEach(m -> texts.add(m.isTextual() ? m.asText() : m.toString()));
    document.findValues("description").forEach(d -> texts.add(d.asText()));
    document.findValues("fullyQualifiedName").forEach(d -> texts.add(d.asText()));

    assertThat(String.join("\n", texts)).contains(SCRIPT_KEY);
  }

  @Test
  void spellsOutControlCharactersInText() throws Exception {
    String text = write(ReportFormat.TEXT);

    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    assertThat(text).contains("\"PT99H|<b>x</b>`y`\\u000a::error::z #\\u0023[warning]w\"");
  }

  private static long unescapedPipes(String line) {
    long count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
        count++;
      }
    }
    return count;
  }

  private static Report report() throws Exception {
    return new Report(
        "0.1.0", Fixtures.engine().rules(), List.of(Fixtures.evaluate(PLAN)), Severity.HIGH);
  }

  private static String write(ReportFormat format) throws Exception {
    StringWriter out = new StringWriter();
    format.writer(ReportContext.plain(Fixtures.CLOCK.instant())).write(report(), out);
    return out.toString();
  }
}
