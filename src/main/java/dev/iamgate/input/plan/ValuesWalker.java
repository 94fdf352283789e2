package dev.iamgate.input.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Walks a values representation ({@code planned_values}, {@code prior_state}) for organization
 * markers only: data sources read while planning appear nowhere else. Attribute values are skipped
 * unread.
 */
final class ValuesWalker {
  private final Scope scope;

  ValuesWalker(Scope scope) {
    this.scope = scope;
  }

  /** Walks {@code planned_values} or {@code prior_state}; the parser is at its START_OBJECT. */
  void walk(JsonParser parser) throws IOException {
    JsonWalk.fields(
        parser,
        name -> {
          switch (name) {
            case "values" -> walk(parser); // prior_state wraps the values representation
            case "root_module" -> walkModule(parser);
            default -> parser.skipChildren();
          }
        });
  }

  private void walkModule(JsonParser parser) throws IOException {
    JsonWalk.fields(
        parser,
        name -> {
          switch (name) {
            case "resources" -> JsonWalk.elements(parser, () -> walkResource(parser));
            case "child_modules" -> JsonWalk.elements(parser, () -> walkModule(parser));
            default -> parser.skipChildren();
          }
        });
  }

  private void walkResource(JsonParser parser) throws IOException {
    String address = null;
    String type = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "address" -> address = parser.getValueAsString();
        case "type" -> type = parser.getValueAsString();
        default -> parser.skipChildren();
      }
    }
    if (address != null && type != null) {
      scope.noteMarker(type, address);
    }
  }
}
