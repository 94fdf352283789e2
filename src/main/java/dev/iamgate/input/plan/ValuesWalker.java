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
            default -> SkippingParser.skip(parser);
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
            default -> SkippingParser.skip(parser);
          }
        });
  }

  /** Reads a resource's address and type; once both are known, the rest is skipped unread. */
  private void walkResource(JsonParser parser) throws IOException {
    String address = null;
    String type = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (field.equals("address")) {
        address = parser.getValueAsString();
      } else if (field.equals("type")) {
        type = parser.getValueAsString();
      } else {
        SkippingParser.skip(parser);
      }
      if (address != null && type != null) {
        SkippingParser.skipRest(parser);
        break;
      }
    }
    if (address != null && type != null) {
      scope.noteMarker(type, address);
    }
  }
}
