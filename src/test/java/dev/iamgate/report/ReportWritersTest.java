package dev.iamgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.iamgate.Fixtures;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Report;
import dev.iamgate.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every writer against its golden file (testdata/golden/FORMAT/SCENARIO), the JSON report against
 * its own schema and SARIF against the official SARIF 2.1.0 schemas. Run with {@code
 * -Diamgate.updateGolden=true} to rewrite the golden files after a deliberate change, then review
 * the diff.
 */
class ReportWritersTest {
  private static final Path GOLDEN = Fixtures.TESTDATA.resolve("golden");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SCENARIOS =
      List.of(
          "testdata/examples/pull-request/plan.json",
          "testdata/rules/IG301/fail-scp.json",
          "testdata/rules/IG302/fail.json",
          "testdata/rules/IG101/pass-workload.json");

  static Stream<Arguments> scenarios() {
    List<Arguments> arguments = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      for (String scenario : SCENARIOS) {
        arguments.add(Arguments.of(format, scenario));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("scenarios")
  void matchesItsGoldenFile(ReportFormat format, String scenario) throws Exception {
    String written = write(format, scenario);
    Path golden = GOLDEN.resolve(format.label()).resolve(name(scenario) + extension(format));

    if (Boolean.getBoolean("iamgate.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, written);
    }
    assertThat(written).isEqualTo(Files.readString(golden).replace("\r\n", "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void writesIdenticalBytesTwice(ReportFormat format) throws Exception {
    assertThat(write(format, SCENARIOS.get(0))).isEqualTo(write(format, SCENARIOS.get(0)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("officialSchemas")
  void writesWhatTheOfficialSchemaAccepts(
      ReportFormat format, String schemaFile, SpecificationVersion version) throws Exception {
    Schema schema = schema(Fixtures.shared("corpus/schemas").resolve(schemaFile), version);
    for (String scenario : SCENARIOS) {
      assertThat(schema.validate(JSON.readTree(write(format, scenario))))
          .extracting(Error::toString)
          .as(scenario)
          .isEmpty();
    }
  }

  static Stream<Arguments> officialSchemas() {
    return Stream.of(
        Arguments.of(
            ReportFormat.SARIF,
            "sarif/sarif-schema-2.1.0.errata01-os.json",
            SpecificationVersion.DRAFT_4),
        Arguments.of(
            ReportFormat.SARIF, "sarif/schemastore-sarif-2.1.0.json", SpecificationVersion.DRAFT_7),
        Arguments.of(
            ReportFormat.GITLAB_SAST,
            "gitlab/sast-report-format-15.2.1.json",
            SpecificationVersion.DRAFT_7),
        Arguments.of(
            ReportFormat.RDJSON, "reviewdog/DiagnosticResult.json", SpecificationVersion.DRAFT_4));
  }

  @Test
  void writesJsonItsDocumentedSchemaAccepts() throws Exception {
    Schema schema;
    try (InputStream in =
        getClass().getResourceAsStream("/dev/iamgate/report/json/report-v1.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    for (String scenario : SCENARIOS) {
      assertThat(schema.validate(JSON.readTree(write(ReportFormat.JSON, scenario))))
          .extracting(Error::toString)
          .as(scenario)
          .isEmpty();
    }
  }

  @Test
  void meetsGitHubsSarifRules() throws Exception {
    JsonNode run = JSON.readTree(write(ReportFormat.SARIF, SCENARIOS.get(0))).get("runs").get(0);
    JsonNode rules = run.at("/tool/driver/rules");

    assertThat(rules).hasSize(14);
    rules.forEach(
        rule -> {
          assertThat(rule.at("/shortDescription/text").asText()).hasSizeBetween(1, 1024);
          assertThat(rule.at("/fullDescription/text").asText()).hasSizeBetween(1, 1024);
          assertThat(rule.at("/help/text").asText()).isNotEmpty();
          assertThat(Double.parseDouble(rule.at("/properties/security-severity").asText()))
              .isBetween(0.1, 10.0);
        });
    JsonNode first = run.get("results").get(0);
    assertThat(first.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("aws_ssoadmin_permission_set.admin");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("testdata/examples/pull-request/main.tf");
    assertThat(first.at("/partialFingerprints/primaryLocationLineHash").asText())
        .matches("[0-9a-f]{32}");
    assertThat(run.at("/invocations/0/exitCode").asInt()).isEqualTo(1);
  }

  @Test
  void writesJunitTheJenkinsSchemaAccepts() throws Exception {
    Path xsd = Fixtures.shared("corpus/schemas/junit/jenkins-xunit-junit-10.xsd");
    javax.xml.validation.Validator validator =
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(xsd.toFile())
            .newValidator();
    for (String scenario : SCENARIOS) {
      String xml = write(ReportFormat.JUNIT, scenario);
      validator.validate(
          new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
    }
  }

  @Test
  void writesTheCodeQualityFieldsGitlabReads() throws Exception {
    JsonNode issues = JSON.readTree(write(ReportFormat.GITLAB_CODEQUALITY, SCENARIOS.get(0)));

    assertThat(issues).hasSize(4);
    JsonNode first = issues.get(0);
    assertThat(first.get("check_name").asText()).isEqualTo("IG104");
    assertThat(first.get("severity").asText()).isEqualTo("major");
    assertThat(first.at("/location/path").asText())
        .isEqualTo("testdata/examples/pull-request/main.tf");
    assertThat(first.at("/location/lines/begin").asInt()).isEqualTo(12);
    assertThat(first.get("description").asText())
        .isEqualTo(
            "IG104 permission-set-session-too-long: aws_ssoadmin_permission_set.admin:"
                + " session_duration PT12H is above PT8H; set it to PT8H or less");
    assertThat(issues)
        .extracting(issue -> issue.get("severity").asText())
        .containsExactly("major", "major", "critical", "blocker");
  }

  @Test
  void givesEachFindingOneFingerprintInEveryFormat() throws Exception {
    String scenario = SCENARIOS.get(0);
    List<String> sarif = new ArrayList<>();
    JSON.readTree(write(ReportFormat.SARIF, scenario))
        .at("/runs/0/results")
        .forEach(r -> sarif.add(r.at("/partialFingerprints/iamgate~1v1").asText()));
    List<String> json = new ArrayList<>();
    JSON.readTree(write(ReportFormat.JSON, scenario))
        .at("/inputs/0/findings")
        .forEach(f -> json.add(f.get("fingerprint").asText()));
    List<String> codeQuality = new ArrayList<>();
    JSON.readTree(write(ReportFormat.GITLAB_CODEQUALITY, scenario))
        .forEach(issue -> codeQuality.add(issue.get("fingerprint").asText()));
    List<String> sast = new ArrayList<>();
    JSON.readTree(write(ReportFormat.GITLAB_SAST, scenario))
        .get("vulnerabilities")
        .forEach(v -> sast.add(v.get("id").asText().replace("-", "")));
    List<String> junit = new ArrayList<>();
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("fingerprint: ([0-9a-f]{32})")
            .matcher(write(ReportFormat.JUNIT, scenario));
    while (matcher.find()) {
      junit.add(matcher.group(1));
    }

    assertThat(sarif)
        .containsExactly(
            "ca425ca70578462db7c73827112a96ad",
            "3d9b4fd7dd5487a42cbafe3cd086d1d5",
            "47da84e5c350bc02ceaa68ef6a5524a6",
            "c9557528d4490fba325ae1d2dfb2068e");
    assertThat(json).containsExactlyInAnyOrderElementsOf(sarif);
    assertThat(codeQuality).containsExactlyInAnyOrderElementsOf(sarif);
    assertThat(sast).containsExactlyInAnyOrderElementsOf(sarif);
    assertThat(junit).containsExactlyInAnyOrderElementsOf(sarif);
  }

  @Test
  void keepsFingerprintsWhenABlockMoves() throws Exception {
    Evaluation evaluation = Fixtures.evaluate(SCENARIOS.get(0));
    var moved =
        evaluation.findings().stream()
            .map(
                f ->
                    f.at(
                        new dev.iamgate.model.Location(
                            f.location().path(), f.location().line() + 40, 0)))
            .toList();

    assertThat(moved)
        .extracting(Fingerprints::of)
        .containsExactlyElementsOf(evaluation.findings().stream().map(Fingerprints::of).toList());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ReportFormat.class)
  void neverPrintsASensitiveValue(ReportFormat format) throws Exception {
    String written = write(format, "testdata/plans/sensitive/plan.json");

    assertThat(written)
        .contains(format == ReportFormat.MARKDOWN ? "aws\\_iam\\_user.new" : "aws_iam_user.new")
        .doesNotContain("SECRET");
  }

  private static String write(ReportFormat format, String scenario) throws Exception {
    Evaluation evaluation = Fixtures.evaluate(scenario);
    Report report =
        new Report("0.1.0", Fixtures.engine().rules(), List.of(evaluation), Severity.HIGH);
    StringWriter out = new StringWriter();
    format.writer(ReportContext.plain(Fixtures.CLOCK.instant())).write(report, out);
    return out.toString();
  }

  private static String name(String scenario) {
    Path path = Path.of(scenario);
    String parent = path.getParent().getFileName().toString();
    return path.getFileName().toString().equals("plan.json")
        ? parent
        : parent + "-" + path.getFileName().toString().replace(".json", "");
  }

  private static String extension(ReportFormat format) {
    return switch (format) {
      case TEXT, GITHUB -> ".txt";
      case JSON, GITLAB_CODEQUALITY, GITLAB_SAST, RDJSON -> ".json";
      case SARIF -> ".sarif";
      case MARKDOWN -> ".md";
      case JUNIT -> ".xml";
    };
  }

  private static Schema schema(Path file, SpecificationVersion version) throws IOException {
    return SchemaRegistry.withDefaultDialect(version)
        .getSchema(
            new String(Files.readAllBytes(file), StandardCharsets.UTF_8),
            com.networknt.schema.InputFormat.JSON);
  }
}
