package dev.iamgate.report.github;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamgate.report.github.WorkflowCommand.Level;
import dev.iamgate.report.github.WorkflowCommand.Place;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link WorkflowCommand}'s escaping on tricky strings twice: against GitHub's own toolkit
 * ({@code @actions/core}, run with node; see .ci/run for how it is installed), and against a model
 * of how the GitHub runner reads a workflow command back.
 */
class WorkflowCommandToolkitTest {
  private static final String TOOLKIT_VARIABLE = "IAMGATE_TOOLKIT";
  private static final String REQUIRE_VARIABLE = "IAMGATE_REQUIRE_TOOLKIT";
  private static final String INSTALL =
      "npm install --no-save --no-audit --no-fund --prefix target/toolkit @actions/core@1.11.1";
  private static final ObjectMapper JSON = new ObjectMapper();

  // Not among these: a value that starts with "=", or white space at the end of the last
  // property. No escape protects them (the toolkit writes them the same way) and the runner loses
  // that "=" or white space; see RunnerCommand.
  static List<Case> cases() {
    String longText = "%\r\n::,=".repeat(2_000) + "x".repeat(50_000);
    return List.of(
        new Case(
            "plain",
            Level.ERROR,
            new Place("IG001 iam-user-created", "main.tf", 12, 14),
            "aws_iam_user.ci: an IAM user is created; use a role instead"),
        new Case(
            "percent",
            Level.WARNING,
            new Place("100% sure", "dir/50%.tf", 1, 0),
            "covers 100% of 50% %"),
        new Case(
            "already escaped",
            Level.ERROR,
            new Place("%25 %0A %3A", "%2C%0D.tf", 3, 3),
            "literal %25, %0D%0A, %3A and %2C stay literal"),
        new Case("carriage return", Level.NOTICE, new Place("a\rb", "", 0, 0), "carriage\rreturn"),
        new Case(
            "line feed",
            Level.ERROR,
            new Place("line\nbreak", "f.tf", 2, 0),
            "first line\nsecond line"),
        new Case("crlf", Level.WARNING, new Place("", "win.tf", 5, 6), "windows\r\nline\r\nends"),
        new Case("double colons", Level.ERROR, new Place("a::b", "c::d.tf", 7, 0), "::a::b::"),
        new Case(
            "colon comma equals",
            Level.ERROR,
            new Place("key=value, other=x: y", "modules/a,b/c=d.tf", 9, 10),
            "a=b, c:d,,=="),
        new Case(
            "command in message",
            Level.ERROR,
            new Place("t", "f.tf", 1, 0),
            "x\n::error::injected\r\n::set-output name=a::b\n::add-mask::secret"),
        new Case(
            "command in title",
            Level.WARNING,
            new Place("t::error file=evil.tf,line=1::pwned", "f.tf", 1, 0),
            "m"),
        new Case(
            "command in file",
            Level.NOTICE,
            new Place("", "a.tf,line=99,title=fake::x", 4, 0),
            "m"),
        new Case(
            "legacy command",
            Level.ERROR,
            new Place("##[error]title", "", 0, 0),
            "##[error]legacy; ##[set-output name=a;]b %5D %3B"),
        new Case(
            "html",
            Level.WARNING,
            new Place("<script>alert(1)</script>", "<b>.tf", 1, 0),
            "<script>alert('x')</script> & &amp; \"quoted\""),
        new Case(
            "shell",
            Level.NOTICE,
            new Place("`cmd` | tee", "a|b.tf", 1, 2),
            "run `rm -rf /` | cat; $(whoami) ${{ secrets.TOKEN }}"),
        new Case(
            "unicode",
            Level.ERROR,
            new Place("Überprüfung ✓ 🚨", "módulos/ñ.tf", 8, 0),
            "emoji 🔥 👩\u200d💻, CJK 漢字, combining e\u0301, BOM \ufeff"),
        new Case(
            "unicode line separators",
            Level.WARNING,
            new Place("sep\u2028title", "p\u2029.tf", 1, 0),
            "line\u2028separator\u2029paragraph\u0085next line"),
        new Case(
            "control characters",
            Level.NOTICE,
            new Place("tab\there", "nul\u0000.tf", 1, 0),
            "\u001b[31mred\u001b[0m \u0000 \u0007 \u000b \u000c"),
        new Case("no location", Level.ERROR, new Place("", "", 0, 0), "no title, file or line"),
        new Case(
            "line 0", Level.NOTICE, new Place("only endLine", "f.tf", 0, 5), "line 0 is left out"),
        new Case(
            "trailing newline",
            Level.ERROR,
            new Place("title\n", "f.tf\r\n", 1, 0),
            "ends with a newline\n"),
        new Case(
            "leading spaces",
            Level.WARNING,
            new Place("  title", "  spaced.tf", 1, 0),
            "  leading spaces, trailing spaces  "),
        new Case("empty message", Level.WARNING, new Place("empty message", "f.tf", 1, 0), ""),
        new Case(
            "very long",
            Level.ERROR,
            new Place("t".repeat(1_000) + ":", "d/".repeat(500) + "f.tf", 100_000, 100_001),
            longText));
  }

  @Test
  void writesTheSameLinesAsGitHubToolkit(@TempDir Path temp)
      throws IOException, InterruptedException, URISyntaxException {
    Path core = toolkit().resolve("node_modules").resolve("@actions").resolve("core");
    requireToolkit(core);

    Path casesFile = temp.resolve("cases.json");
    Files.write(casesFile, JSON.writeValueAsBytes(cases().stream().map(Case::toJson).toList()));
    Path script =
        Path.of(WorkflowCommandToolkitTest.class.getResource("toolkit-annotations.js").toURI());
    String output = runNode(temp, script.toString(), core.toString(), casesFile.toString());

    assertThat(linesWithEnds(output))
        .as("lines written by @actions/core %s", toolkitVersion(core))
        .containsExactlyElementsOf(
            cases().stream().map(c -> c.annotation() + System.lineSeparator()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void runnerReadsBackTheOriginalText(Case annotation) {
    String line = annotation.annotation();

    assertThat(line.lines().toList()).containsExactly(line);
    assertThat(RunnerLog.commands(line))
        .containsExactly(
            new RunnerLog.Command(
                annotation.level().command(),
                properties(annotation.place()),
                annotation.message()));
  }

  private static Map<String, String> properties(Place place) {
    Map<String, String> properties = new LinkedHashMap<>();
    putUnlessEmpty(properties, "title", place.title());
    putUnlessEmpty(properties, "file", place.file());
    putUnlessEmpty(properties, "line", place.line() == 0 ? "" : Integer.toString(place.line()));
    putUnlessEmpty(
        properties, "endLine", place.endLine() == 0 ? "" : Integer.toString(place.endLine()));
    return properties;
  }

  private static void putUnlessEmpty(Map<String, String> properties, String key, String value) {
    if (!value.isEmpty()) {
      properties.put(key, value);
    }
  }

  private static Path toolkit() {
    String configured = System.getenv(TOOLKIT_VARIABLE);
    return Path.of(configured == null || configured.isEmpty() ? "target/toolkit" : configured);
  }

  // Skips the test when node or the toolkit is missing, or fails it when CI requires both.
  private static void requireToolkit(Path core) throws InterruptedException {
    List<String> missing = new ArrayList<>();
    if (!isNodeOnPath()) {
      missing.add("node is not on the PATH; install Node.js (Debian: apt-get install nodejs npm)");
    }
    if (!Files.isRegularFile(core.resolve("package.json"))) {
      missing.add(
          String.format(
              Locale.ROOT,
              "@actions/core is not installed in %s; run `%s`, or set %s to a directory holding"
                  + " node_modules/@actions/core",
              core.toAbsolutePath(),
              INSTALL,
              TOOLKIT_VARIABLE));
    }

    String message = String.join("; ", missing);
    if (!missing.isEmpty() && "1".equals(System.getenv(REQUIRE_VARIABLE))) {
      fail(message + " (" + REQUIRE_VARIABLE + "=1: this check may not be skipped)");
    }
    Assumptions.assumeTrue(missing.isEmpty(), message);
  }

  private static boolean isNodeOnPath() throws InterruptedException {
    try {
      Process node =
          new ProcessBuilder("node", "--version")
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static String runNode(Path directory, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node"));
    command.addAll(Arrays.asList(arguments));
    Path stdout = directory.resolve("stdout");
    Path stderr = directory.resolve("stderr");
    // Files, not pipes: nothing blocks on a full pipe buffer while we wait.
    Process node =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();

    if (!node.waitFor(60, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      fail("node did not finish within 60 s: " + String.join(" ", command));
    }
    assertThat(node.exitValue())
        .as("exit code of %s; stderr: %s", command, Files.readString(stderr, UTF_8))
        .isZero();
    return Files.readString(stdout, UTF_8);
  }

  // Splits after each line end, keeping it, so that a missing or stray line break shows.
  private static List<String> linesWithEnds(String output) {
    String afterLineEnd = "(?<=" + Pattern.quote(System.lineSeparator()) + ")";
    return List.of(output.split(afterLineEnd));
  }

  private static String toolkitVersion(Path core) throws IOException {
    return JSON.readTree(Files.readString(core.resolve("package.json"), UTF_8))
        .path("version")
        .asText();
  }

  /** One annotation to write; its name shows in the test report. */
  record Case(String name, Level level, Place place, String message) {
    String annotation() {
      return WorkflowCommand.annotation(level, place, message);
    }

    Map<String, Object> toJson() {
      return Map.of(
          "level", level.command(),
          "title", place.title(),
          "file", place.file(),
          "line", place.line(),
          "endLine", place.endLine(),
          "message", message);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
