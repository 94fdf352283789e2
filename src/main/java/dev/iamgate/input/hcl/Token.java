package dev.iamgate.input.hcl;

import java.util.List;

/**
 * One token of HCL native syntax, with its place in the file. Quoted strings and heredocs are one
 * token each, whose {@link #parts} hold the template: literal text, interpolations and directives,
 * each already tokenised.
 *
 * @param kind what the token is
 * @param text the token's source text (for a string: its raw content, without quotes)
 * @param line 1-based line of its first character
 * @param column 1-based column of its first character
 * @param start offset of its first character in the file
 * @param end offset just past its last character
 * @param parts for TEMPLATE and HEREDOC, the template's parts; otherwise empty
 */
record Token(
    Kind kind, String text, int line, int column, int start, int end, List<TemplatePart> parts) {
  enum Kind {
    IDENT,
    NUMBER,
    /** A quoted string: {@code "a ${b}"}. */
    TEMPLATE,
    /** {@code <<EOF ... EOF} or {@code <<-EOF ... EOF}. */
    HEREDOC,
    LBRACE,
    RBRACE,
    LBRACK,
    RBRACK,
    LPAREN,
    RPAREN,
    EQUALS,
    COLON,
    COMMA,
    DOT,
    ELLIPSIS,
    QUESTION,
    ARROW,
    /** {@code + - * / % == != < > <= >= && || !}. */
    OPERATOR,
    NEWLINE,
    EOF
  }

  Token {
    parts = List.copyOf(parts);
  }

  boolean is(Kind wanted) {
    return kind == wanted;
  }

  boolean isOperator(String operator) {
    return kind == Kind.OPERATOR && text.equals(operator);
  }

  /**
   * A part of a template: literal text, an interpolation {@code ${...}} or a directive {@code
   * %{...}}.
   */
  sealed interface TemplatePart {}

  /** Text as written, escapes already decoded. */
  record Literal(String text) implements TemplatePart {}

  /** {@code ${ expression }}; the tokens exclude the delimiters. */
  record Interpolation(List<Token> tokens) implements TemplatePart {
    Interpolation {
      tokens = List.copyOf(tokens);
    }
  }

  /** {@code %{ if x }}, {@code %{ endfor }}...; the tokens exclude the delimiters. */
  record Directive(List<Token> tokens) implements TemplatePart {
    Directive {
      tokens = List.copyOf(tokens);
    }
  }
}
