package dev.iamgate.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Location;
import dev.iamgate.model.Rule;
import dev.iamgate.model.RuleId;
import dev.iamgate.model.Severity;
import dev.iamgate.rules.ActiveRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads policy files (YAML or JSON) into active rules.
 *
 * <p>How it works: the text is parsed into a tree while a second, streaming pass records the line
 * of every JSON pointer; the tree is validated against {@code policies/policy.schema.json} and
 * every violation reported with its file, line and pointer; only a valid tree is bound to DTOs and
 * each rule turned into a check of its kind ({@link CheckFactory}). Thread-safe.
 */
public final class PolicyLoader {
  /** The built-in catalogue, on the class path. */
  public static final String BUILT_IN = "policies/builtin.yaml";

  private static final YAMLMapper YAML = new YAMLMapper();

  private final PolicySchemaValidator validator = new PolicySchemaValidator();

  /** The built-in rule catalogue, validated. */
  public List<ActiveRule> builtIn() throws InvalidInputException {
    try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw InvalidInputException.at(
            Location.of(BUILT_IN),
            "the built-in catalogue is missing",
            "the jar is damaged; rebuild it with ./mvnw package");
      }
      return load(in, BUILT_IN);
    } catch (IOException e) {
      throw InvalidInputException.at(
          Location.of(BUILT_IN),
          "cannot read the built-in catalogue: " + e.getMessage(),
          "rebuild the jar");
    }
  }

  /** Loads a policy from {@code in}; {@code shown} names it in messages. */
  public List<ActiveRule> load(InputStream in, String shown)
      throws InvalidInputException, IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    JsonNode document = parse(text, shown);
    List<Problem> problems = new ArrayList<>();
    for (PolicySchemaValidator.Violation violation : validator.validate(document)) {
      problems.add(
          new Problem(
              violation.pointer(), violation.message(), "see " + PolicySchemaValidator.SCHEMA));
    }
    List<ActiveRule> rules =
        problems.isEmpty() ? build(document.path("rules"), problems) : List.of();
    if (!problems.isEmpty()) {
      // Lines are looked up only when there is something to report.
      Map<String, Location> lines = lines(text, shown);
      throw new InvalidInputException(
          problems.stream()
              .map(
                  p ->
                      new Diagnostic(
                          lines.getOrDefault(p.pointer(), Location.of(shown)),
                          p.pointer() + ": " + p.message(),
                          p.hint()))
              .sorted(java.util.Comparator.comparing(Diagnostic::location))
              .toList());
    }
    return rules;
  }

  /** Something wrong at a JSON pointer of a policy file. */
  private record Problem(String pointer, String message, String hint) {}

  private static JsonNode parse(String text, String shown) throws InvalidInputException {
    try {
      JsonNode node = YAML.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw InvalidInputException.at(
            Location.of(shown), "the policy file is empty", "see " + PolicySchemaValidator.SCHEMA);
      }
      return node;
    } catch (JsonProcessingException e) {
      Location location =
          e.getLocation() == null
              ? Location.of(shown)
              : new Location(
                  shown,
                  Math.max(0, e.getLocation().getLineNr()),
                  Math.max(0, e.getLocation().getColumnNr()));
      throw InvalidInputException.at(
          location,
          "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          "fix the syntax");
    }
  }

  /** The line and column of every value, by JSON pointer. */
  private static Map<String, Location> lines(String text, String shown) {
    Map<String, Location> lines = new HashMap<>();
    try (JsonParser parser = new YAMLFactory().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.FIELD_NAME
            && token != JsonToken.END_ARRAY
            && token != JsonToken.END_OBJECT) {
          String pointer = parser.getParsingContext().pathAsPointer().toString();
          var location = parser.currentTokenLocation();
          lines.putIfAbsent(
              pointer.isEmpty() ? "/" : pointer,
              new Location(
                  shown, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr())));
        }
      }
    } catch (IOException e) {
      // The tree parse succeeded, so this cannot fail; without lines, messages still name the
      // pointer.
    }
    return lines;
  }

  private static List<ActiveRule> build(JsonNode entries, List<Problem> problems) {
    List<ActiveRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String pointer = "/rules/" + i;
      if (!ids.add(entry.path("id").asText())) {
        problems.add(
            new Problem(
                pointer + "/id",
                "rule id \"" + entry.path("id").asText() + "\" is used twice",
                "give each rule its own id"));
      }
      if (!names.add(entry.path("name").asText())) {
        problems.add(
            new Problem(
                pointer + "/name",
                "rule name \"" + entry.path("name").asText() + "\" is used twice",
                "give each rule its own name"));
      }
      try {
        rules.add(
            new ActiveRule(
                metadata(entry),
                CheckFactory.create(entry.path("kind").asText(), entry.path("parameters"))));
      } catch (IllegalArgumentException e) {
        problems.add(
            new Problem(
                pointer + "/parameters", e.getMessage(), "see " + PolicySchemaValidator.SCHEMA));
      }
    }
    return rules;
  }

  private static Rule metadata(JsonNode entry) {
    return new Rule(
        new RuleId(entry.path("id").asText()),
        entry.path("name").asText(),
        Severity.valueOf(entry.path("severity").asText().toUpperCase(Locale.ROOT)),
        Rule.Scope.valueOf(entry.path("scope").asText().toUpperCase(Locale.ROOT)),
        entry.path("title").asText(),
        entry.path("rationale").asText().strip(),
        entry.path("remediation").asText().strip(),
        entry.path("example").asText(),
        entry.path("helpUri").asText());
  }
}
