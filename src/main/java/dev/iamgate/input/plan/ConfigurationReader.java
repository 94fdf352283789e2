package dev.iamgate.input.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the plan's {@code configuration} section into a {@link ModuleConfig} tree, keeping the
 * expressions of only the resource types rules read, and noting every organization marker type.
 */
final class ConfigurationReader {
  private final Scope scope;

  ConfigurationReader(Scope scope) {
    this.scope = scope;
  }

  /** Reads {@code configuration}; the parser is at its START_OBJECT. */
  ModuleConfig read(JsonParser parser) throws IOException {
    ModuleConfig root = new ModuleConfig();
    JsonWalk.fields(
        parser,
        name -> {
          if (name.equals("root_module")) {
            readModule(parser, root, "");
          } else {
            parser.skipChildren();
          }
        });
    return root;
  }

  private void readModule(JsonParser parser, ModuleConfig module, String prefix)
      throws IOException {
    JsonWalk.fields(
        parser,
        name -> {
          switch (name) {
            case "resources" ->
                JsonWalk.elements(parser, () -> readResource(parser, module, prefix));
            case "module_calls" ->
                JsonWalk.fields(parser, call -> readCall(parser, module, prefix, call));
            case "outputs" ->
                JsonWalk.fields(
                    parser, output -> module.outputs.put(output, outputReferences(parser)));
            default -> parser.skipChildren();
          }
        });
  }

  private void readResource(JsonParser parser, ModuleConfig module, String prefix)
      throws IOException {
    String mode = "managed";
    String type = null;
    String name = null;
    JsonNode expressions = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "mode" -> mode = parser.getValueAsString();
        case "type" -> type = parser.getValueAsString();
        case "name" -> name = parser.getValueAsString();
        case "expressions" -> {
          if (type == null || scope.isRead(type)) {
            expressions = parser.readValueAsTree();
          } else {
            parser.skipChildren();
          }
        }
        default -> parser.skipChildren();
      }
    }
    if (type == null || name == null) {
      return;
    }
    String local = ("data".equals(mode) ? "data." : "") + type + "." + name;
    scope.noteMarker(type, prefix + local);
    if (expressions != null && scope.isRead(type)) {
      module.resources.put(local, attributeReferences(expressions));
    }
  }

  private void readCall(JsonParser parser, ModuleConfig module, String prefix, String call)
      throws IOException {
    String source = "";
    Map<String, List<String>> arguments = new HashMap<>();
    ModuleConfig child = new ModuleConfig();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "source" -> source = parser.getValueAsString("");
        case "expressions" -> arguments = attributeReferences(parser.readValueAsTree());
        case "module" -> readModule(parser, child, prefix + "module." + call + ".");
        default -> parser.skipChildren();
      }
    }
    module.calls.put(call, new ModuleConfig.Call(source, arguments, child));
  }

  private static List<String> outputReferences(JsonParser parser) throws IOException {
    JsonNode output = parser.readValueAsTree();
    return references(output == null ? null : output.get("expression"));
  }

  /** Attribute name → references, for the attributes whose expression records references. */
  private static Map<String, List<String>> attributeReferences(JsonNode expressions) {
    Map<String, List<String>> attributes = new HashMap<>();
    if (expressions != null && expressions.isObject()) {
      expressions
          .properties()
          .forEach(
              field -> {
                List<String> references = references(field.getValue());
                if (!references.isEmpty()) {
                  attributes.put(field.getKey(), references);
                }
              });
    }
    return attributes;
  }

  private static List<String> references(JsonNode expression) {
    List<String> references = new ArrayList<>();
    if (expression != null && expression.isObject() && expression.path("references").isArray()) {
      expression
          .get("references")
          .forEach(
              reference -> {
                if (reference.isTextual()) {
                  references.add(reference.textValue());
                }
              });
    }
    return references;
  }
}
