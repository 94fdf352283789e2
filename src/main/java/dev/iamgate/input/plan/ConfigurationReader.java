package dev.iamgate.input.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
            SkippingParser.skip(parser);
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
            default -> SkippingParser.skip(parser);
          }
        });
  }

  private void readResource(JsonParser parser, ModuleConfig module, String prefix)
      throws IOException {
    String mode = "managed";
    String type = null;
    String name = null;
    Map<String, List<String>> expressions = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "mode" -> mode = parser.getValueAsString();
        case "type" -> type = parser.getValueAsString();
        case "name" -> name = parser.getValueAsString();
        case "expressions" -> {
          if (type == null || scope.isRead(type)) {
            expressions = expressions(parser);
          } else {
            SkippingParser.skip(parser);
          }
        }
        default -> SkippingParser.skip(parser);
      }
    }
    if (type == null || name == null) {
      return;
    }
    String local = ("data".equals(mode) ? "data." : "") + type + "." + name;
    scope.noteMarker(type, prefix + local);
    if (expressions != null && scope.isRead(type)) {
      module.resources.put(local, expressions);
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
        case "expressions" -> arguments = expressions(parser);
        case "module" -> readModule(parser, child, prefix + "module." + call + ".");
        default -> SkippingParser.skip(parser);
      }
    }
    module.calls.put(call, new ModuleConfig.Call(source, arguments, child));
  }

  private static List<String> outputReferences(JsonParser parser) throws IOException {
    List<String> references = new ArrayList<>();
    JsonWalk.fields(
        parser,
        field -> {
          if (field.equals("expression")) {
            references.addAll(references(parser));
          } else {
            SkippingParser.skip(parser);
          }
        });
    return references;
  }

  /** An expressions object: attribute name → references, for attributes that record any. */
  private static Map<String, List<String>> expressions(JsonParser parser) throws IOException {
    Map<String, List<String>> attributes = new HashMap<>();
    JsonWalk.fields(
        parser,
        attribute -> {
          List<String> references = references(parser);
          if (!references.isEmpty()) {
            attributes.put(attribute, references);
          }
        });
    return attributes;
  }

  /** The references of one expression; constants and nested blocks have none. */
  private static List<String> references(JsonParser parser) throws IOException {
    List<String> references = new ArrayList<>();
    JsonWalk.fields(
        parser,
        field -> {
          if (field.equals("references") && parser.currentToken() == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
              if (parser.currentToken() == JsonToken.VALUE_STRING) {
                references.add(parser.getText());
              } else {
                SkippingParser.skip(parser);
              }
            }
          } else {
            SkippingParser.skip(parser);
          }
        });
    return references;
  }
}
