package dev.iamgate.input.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.IOException;
import java.io.InputStream;

/**
 * Jackson's UTF-8 parser with one addition: {@link #skip(JsonParser)} passes over an object or
 * array at byte level, checking only that strings end and brackets match, instead of tokenising
 * everything inside it. Plans are mostly attribute values no rule reads; skipping them this way is
 * what makes a 200 MB plan take about a second. Line and column tracking stays exact.
 *
 * <p>Relies on the protected state of {@link UTF8StreamJsonParser} (input buffer, pointers, row
 * counters, parsing context) of the pinned Jackson 2 line; PlanReaderTest and the corpus test cover
 * it, so an incompatible upgrade fails the build rather than a scan.
 */
final class SkippingParser extends UTF8StreamJsonParser {
  private static final int MAX_DEPTH = 1000;

  /** Larger than Jackson's 8 KB: fewer reads from the file for plans of hundreds of MB. */
  private static final int BUFFER = 256 * 1024;

  /**
   * Non-zero for the bytes the skipper must look at outside strings: quotes, brackets, newlines.
   */
  private static final byte[] CLASSES = new byte[256];

  static {
    for (char c : new char[] {'"', '{', '}', '[', ']', '\n'}) {
      CLASSES[c] = 1;
    }
  }

  private SkippingParser(
      IOContext context,
      int features,
      InputStream in,
      ObjectCodec codec,
      ByteQuadsCanonicalizer symbols) {
    super(context, features, in, codec, symbols, new byte[BUFFER], 0, 0, 0, false);
  }

  /**
   * Skips the object or array whose start is the current token, leaving its end as the current
   * token, like {@link JsonParser#skipChildren()}; any other parser just calls that.
   */
  static void skip(JsonParser parser) throws IOException {
    if (parser instanceof SkippingParser skipping) {
      skipping.skipRaw();
    } else {
      parser.skipChildren();
    }
  }

  private void skipRaw() throws IOException {
    JsonToken start = currentToken();
    if (start == JsonToken.START_OBJECT || start == JsonToken.START_ARRAY) {
      scanToClose(start == JsonToken.START_OBJECT ? '}' : ']', start);
    }
  }

  /**
   * Skips what is left of the object the parser is in, once the wanted fields are read, leaving its
   * END_OBJECT as the current token; any other parser steps through the remaining fields.
   */
  static void skipRest(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.START_OBJECT
        || parser.currentToken() == JsonToken.START_ARRAY) {
      skip(parser);
    }
    if (parser instanceof SkippingParser skipping) {
      if (skipping._tokenIncomplete) {
        skipping._tokenIncomplete = false;
        skipping._skipString();
      }
      skipping.scanToClose('}', JsonToken.START_OBJECT);
    } else {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        parser.nextToken();
        parser.skipChildren();
      }
    }
  }

  /**
   * Scans bytes up to the {@code closer} of the current container, then leaves it. Kept as one loop
   * over local variables: it is the hottest code of a scan, run over hundreds of megabytes.
   */
  @SuppressWarnings("checkstyle:ExecutableStatementCount")
  private void scanToClose(char closer, JsonToken start) throws IOException {
    byte[] closers = new byte[16];
    int depth = 0;
    closers[0] = (byte) closer;
    // The hot loop works on locals; fields are synchronised only around buffer reloads.
    byte[] buffer = _inputBuffer;
    int pointer = _inputPtr;
    int end = _inputEnd;
    boolean inString = false;
    while (true) {
      if (pointer >= end) {
        _inputPtr = pointer;
        if (!_loadMore()) {
          _reportInvalidEOF(
              inString ? " inside a string of a skipped value" : " inside a skipped value", start);
        }
        buffer = _inputBuffer;
        pointer = _inputPtr;
        end = _inputEnd;
      }
      if (inString) {
        // Most bytes of a plan are inside strings: only a quote or a backslash matters there.
        while (pointer < end && buffer[pointer] != '"' && buffer[pointer] != '\\') {
          pointer++;
        }
        if (pointer == end) {
          continue;
        }
        if (buffer[pointer++] == '"') {
          inString = false;
          continue;
        }
        if (pointer == end) {
          _inputPtr = pointer;
          if (!_loadMore()) {
            _reportInvalidEOF(" inside a string of a skipped value", start);
          }
          buffer = _inputBuffer;
          pointer = _inputPtr;
          end = _inputEnd;
        }
        pointer++; // the escaped character: an escaped quote does not end the string
        continue;
      }
      while (pointer < end && CLASSES[buffer[pointer] & 0xff] == 0) {
        pointer++;
      }
      if (pointer == end) {
        continue;
      }
      byte c = buffer[pointer++];
      switch (c) {
        case '"' -> inString = true;
        case '{', '[' -> {
          if (++depth >= MAX_DEPTH) {
            _inputPtr = pointer;
            throw new JsonParseException(
                this, "values nested deeper than " + MAX_DEPTH + " levels");
          }
          if (depth == closers.length) {
            closers = java.util.Arrays.copyOf(closers, depth * 2);
          }
          closers[depth] = (byte) (c == '{' ? '}' : ']');
        }
        case '}', ']' -> {
          if (c != closers[depth]) {
            _inputPtr = pointer;
            throw new JsonParseException(
                this,
                "unexpected '"
                    + (char) c
                    + "' where '"
                    + (char) closers[depth]
                    + "' closes the value");
          }
          if (depth-- == 0) {
            _inputPtr = pointer;
            finish(c == '}' ? JsonToken.END_OBJECT : JsonToken.END_ARRAY);
            return;
          }
        }
        case '\n' -> newline(pointer);
        default -> {
          // unreachable: CLASSES marks only the bytes handled above
        }
      }
    }
  }

  private void newline(int pointer) {
    _currInputRow++;
    _currInputRowStart = pointer;
  }

  private void finish(JsonToken end) throws IOException {
    _tokenInputTotal = _currInputProcessed + _inputPtr - 1;
    _tokenInputRow = _currInputRow;
    _tokenInputCol = _inputPtr - 1 - _currInputRowStart;
    _parsingContext = _parsingContext.clearAndGetParent();
    _updateToken(end);
  }

  /** A factory whose UTF-8 byte-stream parsers are {@link SkippingParser}s. */
  static final class Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) {
      return new SkippingParser(
          context,
          _parserFeatures,
          in,
          _objectCodec,
          _byteSymbolCanonicalizer.makeChild(_factoryFeatures));
    }
  }
}
