package dev.iamgate.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

  private static final YAMLMapper YAML =
      YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

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
    List<PolicySchemaValidator.Violation> violations = validator.validate(document);
    if (!violations.isEmpty()) {
      Map<String, Location> lines = lines(text, shown);
      List<Diagnostic> diagnostics = new ArrayList<>();
      for (PolicySchemaValidator.Violation violation : violations) {
        Location location = lines.getOrDefault(violation.pointer(), Location.of(shown));
        diagnostics.add(
            new Diagnostic(
                location,
                violation.pointer() + ": " + violation.message(),
                "see " + PolicySchemaValidator.SCHEMA));
      }
      throw new InvalidInputException(diagnostics);
    }
    PolicyDtos.PolicyFile file = YAML.treeToValue(document, PolicyDtos.PolicyFile.class);
    return build(file, shown, lines(text, shown));
  }

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

  private static List<ActiveRule> build(
      PolicyDtos.PolicyFile file, String shown, Map<String, Location> lines)
      throws InvalidInputException {
    List<ActiveRule> rules = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < file.rules().size(); i++) {
      PolicyDtos.RuleEntry entry = file.rules().get(i);
      Location location = lines.getOrDefault("/rules/" + i, Location.of(shown));
      if (!ids.add(entry.id())) {
        problems.add(
            new Diagnostic(
                location,
                "/rules/" + i + "/id: rule id \"" + entry.id() + "\" is used twice",
                "give each rule its own id"));
      }
      if (!names.add(entry.name())) {
        problems.add(
            new Diagnostic(
                location,
                "/rules/" + i + "/name: rule name \"" + entry.name() + "\" is used twice",
                "give each rule its own name"));
      }
      try {
        rules.add(new ActiveRule(metadata(entry), CheckFactory.create(entry)));
      } catch (IllegalArgumentException e) {
        problems.add(
            new Diagnostic(
                location,
                "/rules/" + i + "/parameters: " + e.getMessage(),
                "see " + PolicySchemaValidator.SCHEMA));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return rules;
  }

  private static Rule metadata(PolicyDtos.RuleEntry entry) {
    return new Rule(
        new RuleId(entry.id()),
        entry.name(),
        Severity.valueOf(entry.severity().toUpperCase(Locale.ROOT)),
        Rule.Scope.valueOf(entry.scope().toUpperCase(Locale.ROOT)),
        entry.title(),
        entry.rationale().strip(),
        entry.remediation().strip(),
        entry.example(),
        entry.helpUri());
  }
}
