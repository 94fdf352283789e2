package dev.iamgate.input.hcl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Location;
import dev.iamgate.model.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Terraform's JSON configuration syntax ({@code .tf.json}) into the same blocks as native
 * syntax: {@code resource}, {@code data}, {@code module}, {@code variable}, {@code output} and
 * {@code locals}. Strings are templates, as Terraform reads them. Without provider schemas, nested
 * blocks are read as attributes holding objects, which the rules read the same way.
 */
final class TfJsonReader {
  private static final JsonFactory JSON = new JsonFactory();

  private TfJsonReader() {}

  static FileReader.Parsed read(Source source) throws InvalidInputException {
    try (JsonParser parser = JSON.createParser(source.text())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw InvalidInputException.at(
            Location.of(source.path()),
            "a .tf.json file must hold a JSON object",
            "see Terraform's JSON configuration syntax");
      }
      List<HclBlock> blocks = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String kind = parser.currentName();
        parser.nextToken();
        blocks.addAll(topLevel(kind, parser, source));
      }
      return new FileReader.Parsed(blocks, Map.of(), List.of(), source);
    } catch (JsonProcessingException e) {
      throw InvalidInputException.at(
          new Location(
              source.path(),
              Math.max(0, e.getLocation().getLineNr()),
              Math.max(0, e.getLocation().getColumnNr())),
          "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          "fix the syntax");
    } catch (IOException | HclSyntaxException e) {
      throw InvalidInputException.at(
          Location.of(source.path()), "cannot read it: " + e.getMessage(), "check the file");
    }
  }

  private static List<HclBlock> topLevel(String kind, JsonParser parser, Source source)
      throws IOException, HclSyntaxException {
    int labels =
        switch (kind) {
          case "resource", "data" -> 2;
          case "module", "variable", "output" -> 1;
          case "locals" -> 0;
          default -> -1;
        };
    List<HclBlock> blocks = new ArrayList<>();
    if (labels < 0 || parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return blocks;
    }
    new Blocks(kind, parser, source, blocks).collect(new ArrayList<>(), labels);
    return blocks;
  }

  /** Collects the blocks of one top-level kind into {@code into}. */
  private record Blocks(String kind, JsonParser parser, Source source, List<HclBlock> into) {
    /** Descends {@code remaining} levels of labels, then reads a block body at each leaf. */
    void collect(List<String> labels, int remaining) throws IOException, HclSyntaxException {
      if (remaining == 0) {
        int line = parser.currentTokenLocation().getLineNr();
        into.add(
            new HclBlock(
                kind,
                labels,
                new Location(source.path(), line, 0),
                body(parser, source),
                List.of(),
                ""));
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        List<String> deeper = new ArrayList<>(labels);
        deeper.add(parser.currentName());
        parser.nextToken();
        collect(deeper, remaining - 1);
      }
    }
  }

  private static Map<String, Outline.Attribute> body(JsonParser parser, Source source)
      throws IOException, HclSyntaxException {
    Map<String, Outline.Attribute> attributes = new LinkedHashMap<>();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return attributes;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int offset = (int) parser.currentTokenLocation().getCharOffset();
      parser.nextToken();
      Token token =
          new Token(
              Token.Kind.IDENT,
              name,
              source.line(offset),
              source.column(offset),
              offset,
              offset + name.length(),
              List.of());
      attributes.put(name, new Outline.Attribute(token, expression(parser), offset, offset));
    }
    return attributes;
  }

  private static Expr expression(JsonParser parser) throws IOException, HclSyntaxException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      List<Expr.Item> items = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        Expr key = new Expr.Literal(new Value.Text(parser.currentName()));
        parser.nextToken();
        items.add(new Expr.Item(key, expression(parser)));
      }
      return new Expr.ObjectCons(items);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Expr> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(expression(parser));
      }
      return new Expr.Tuple(items);
    }
    return switch (token) {
      case VALUE_STRING -> template(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new Expr.Literal(new Value.Decimal(parser.getDecimalValue()));
      case VALUE_TRUE -> new Expr.Literal(new Value.Bool(true));
      case VALUE_FALSE -> new Expr.Literal(new Value.Bool(false));
      default -> new Expr.Literal(Value.Null.INSTANCE);
    };
  }

  private static Expr template(String text) throws HclSyntaxException {
    if (!text.contains("${") && !text.contains("%{")) {
      return new Expr.Literal(new Value.Text(text));
    }
    return ExpressionParser.parse(List.of(Lexer.template(new Source("", text))), text.length());
  }
}
