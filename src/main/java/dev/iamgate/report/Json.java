package dev.iamgate.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * Pretty JSON with {@code \n} line ends on every platform, so reports are identical byte for byte.
 * {@code #} is written as its JSON escape (backslash, u0023): the same JSON, but printed in a
 * GitHub Actions log it can never form the runner's old {@code ##[command]} syntax.
 */
public final class Json {
  private static final ObjectWriter WRITER;

  static {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    JsonFactory factory = new JsonFactory().setCharacterEscapes(new Escapes());
    WRITER =
        JsonMapper.builder(factory)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build()
            .writer(printer);
  }

  private Json() {}

  /** Writes {@code value} and a final newline. */
  public static void write(Object value, Writer out) throws IOException {
    WRITER.writeValue(new NonClosing(out), value);
    out.write("\n");
  }

  /** Jackson's standard escapes, and {@code #}. */
  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    Escapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii['#'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int character) {
      return null;
    }
  }

  /** Jackson closes the target after writing; the caller owns it. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
