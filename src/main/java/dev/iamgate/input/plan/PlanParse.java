package dev.iamgate.input.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.iamgate.model.Actions;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Location;
import dev.iamgate.model.References;
import dev.iamgate.model.ResourceChange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The state of reading one plan: one pass over the top-level object, then checks and links. */
final class PlanParse {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
  private static final String RECREATE =
      "expected the output of `terraform show -json PLANFILE` or `tofu show -json PLANFILE`";

  private final String path;
  private final Scope scope;
  private final ChangeReader changes;
  private final List<ResourceChange> kept = new ArrayList<>();
  private final Map<Actions, Integer> counts = new EnumMap<>(Actions.class);
  private String formatVersion;
  private String toolVersion = "";
  private boolean errored;
  private boolean stateValues;
  private boolean planSections;
  private int deferred;
  private ModuleConfig configuration;

  PlanParse(String path, java.util.function.Supplier<java.util.Set<String>> types) {
    this.path = path;
    this.scope = new Scope(types);
    this.changes = new ChangeReader(scope, path);
  }

  ChangeSet parse(JsonParser parser) throws IOException, InvalidInputException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw InputDecoder.empty(Location.of(path));
    }
    if (first != JsonToken.START_OBJECT) {
      throw InvalidInputException.at(
          at(parser),
          "this is JSON, but a " + describe(first) + ", not a Terraform plan",
          RECREATE);
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      readField(parser, name);
    }
    if (parser.nextToken() != null) {
      throw InvalidInputException.at(
          at(parser),
          "unexpected content after the end of the plan",
          "the file holds more than one JSON document; scan one plan per file");
    }
    checkKind();
    return new ChangeSet(
        Location.of(path),
        ChangeSet.Origin.PLAN,
        formatVersion,
        toolVersion,
        linked(),
        scope.markers(),
        counts,
        notices(),
        List.of());
  }

  private void readField(JsonParser parser, String name) throws IOException, InvalidInputException {
    switch (name) {
      case "format_version" -> formatVersion = text(parser, "format_version");
      case "terraform_version" -> toolVersion = parser.getValueAsString("");
      case "errored" -> errored = parser.currentToken() == JsonToken.VALUE_TRUE;
      case "resource_changes" -> {
        planSections = true;
        readChanges(parser, "/resource_changes/");
      }
      case "deferred_changes" -> readDeferred(parser);
      case "planned_values", "prior_state" -> {
        planSections = true;
        new ValuesWalker(scope).walk(parser);
      }
      case "configuration" -> {
        planSections = true;
        configuration = new ConfigurationReader(scope).read(parser);
      }
      case "values" -> {
        stateValues = true;
        SkippingParser.skip(parser);
      }
      default -> SkippingParser.skip(parser);
    }
  }

  private void readChanges(JsonParser parser, String pointer)
      throws IOException, InvalidInputException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      SkippingParser.skip(parser);
      return;
    }
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == JsonToken.START_OBJECT) {
        ResourceChange change = changes.read(parser, pointer + index, counts);
        if (change != null) {
          kept.add(change);
        }
      } else {
        SkippingParser.skip(parser);
      }
      index++;
    }
  }

  /** Deferred changes (Terraform 1.8+, complete: false) are judged as if planned: fail closed. */
  private void readDeferred(JsonParser parser) throws IOException, InvalidInputException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      SkippingParser.skip(parser);
      return;
    }
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String pointer = "/deferred_changes/" + index++;
      JsonWalk.fields(
          parser,
          field -> {
            if (field.equals("resource_change")
                && parser.currentToken() == JsonToken.START_OBJECT) {
              ResourceChange change = readDeferredChange(parser, pointer + "/resource_change");
              deferred++;
              if (change != null) {
                kept.add(change);
              }
            } else {
              SkippingParser.skip(parser);
            }
          });
    }
  }

  private ResourceChange readDeferredChange(JsonParser parser, String pointer)
      throws IOException, InvalidInputException {
    return changes.read(parser, pointer, new EnumMap<>(Actions.class));
  }

  private void checkKind() throws InvalidInputException {
    Location file = Location.of(path);
    if (stateValues && !planSections) {
      throw InvalidInputException.at(
          file,
          "this is a Terraform state, not a plan",
          "save a plan with `terraform plan -out PLANFILE`, then scan the output of `terraform show -json PLANFILE`");
    }
    if (formatVersion == null) {
      throw InvalidInputException.at(
          file, "this JSON has no format_version, so it is not a Terraform plan", RECREATE);
    }
    Matcher version = VERSION.matcher(formatVersion);
    boolean known =
        version.matches()
            && ("1".equals(version.group(1))
                || ("0".equals(version.group(1)) && List.of("1", "2").contains(version.group(2))));
    if (!known) {
      throw InvalidInputException.at(
          file,
          "unsupported plan format_version \"" + formatVersion + "\"",
          "iamgate reads format 0.1, 0.2 and 1.x (Terraform 0.12 and later, OpenTofu); upgrade iamgate");
    }
    if (errored) {
      throw InvalidInputException.at(
          file,
          "the plan is partial: Terraform reported errors while planning (errored: true)",
          "fix the errors terraform plan printed and plan again; a partial plan cannot be judged");
    }
  }

  private List<ResourceChange> linked() {
    if (configuration == null) {
      return kept;
    }
    ReferenceResolver resolver = new ReferenceResolver(configuration);
    List<ResourceChange> linked = new ArrayList<>(kept.size());
    for (ResourceChange change : kept) {
      ModuleConfig module = configuration.at(change.address().moduleCalls());
      Map<String, List<String>> attributes =
          module == null ? null : module.resources.get(change.address().local());
      Map<String, References> references =
          attributes == null
              ? Map.of()
              : resolver.resolveAll(
                  attributes, change.address().module(), change.address().moduleCalls());
      linked.add(
          new ResourceChange(
              change.address(),
              change.actions(),
              change.before(),
              change.after(),
              references,
              change.location(),
              change.importing(),
              change.deposed()));
    }
    return linked;
  }

  private List<Diagnostic> notices() {
    List<Diagnostic> notices = new ArrayList<>();
    if (configuration == null) {
      notices.add(
          new Diagnostic(
              Location.of(path),
              "the plan has no configuration section (a sanitized plan?), so resources are linked by known values only",
              ""));
    }
    if (deferred > 0) {
      notices.add(
          new Diagnostic(
              Location.of(path),
              deferred + " deferred change(s) (complete: false) were judged as if planned",
              ""));
    }
    return notices;
  }

  private String text(JsonParser parser, String field) throws IOException, InvalidInputException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw InvalidInputException.at(
          at(parser),
          field
              + " is a "
              + describe(parser.currentToken())
              + ", expected a string such as \"1.2\"",
          RECREATE);
    }
    return parser.getText();
  }

  private Location at(JsonParser parser) {
    JsonLocation location = parser.currentTokenLocation();
    return new Location(
        path, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> "object";
    };
  }
}
