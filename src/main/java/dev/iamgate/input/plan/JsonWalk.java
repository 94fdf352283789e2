package dev.iamgate.input.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Streaming loops over objects and arrays; anything of another shape is skipped. */
final class JsonWalk {
  private JsonWalk() {}

  /** A step over one field; the parser is at the field's value and must be left at its end. */
  interface FieldBody<E extends Exception> {
    void accept(String name) throws IOException, E;
  }

  /** A step over one array element; the parser is at its START_OBJECT. */
  interface ElementBody<E extends Exception> {
    void run() throws IOException, E;
  }

  /** Calls {@code body} for each field of the object the parser is at. */
  static <E extends Exception> void fields(JsonParser parser, FieldBody<E> body)
      throws IOException, E {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      SkippingParser.skip(parser);
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      body.accept(name);
    }
  }

  /** Calls {@code body} for each object element of the array the parser is at. */
  static <E extends Exception> void elements(JsonParser parser, ElementBody<E> body)
      throws IOException, E {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      SkippingParser.skip(parser);
      return;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == JsonToken.START_OBJECT) {
        body.run();
      } else {
        SkippingParser.skip(parser);
      }
    }
  }
}
