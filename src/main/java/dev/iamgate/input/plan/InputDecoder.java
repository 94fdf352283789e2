package dev.iamgate.input.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the first bytes of an input before JSON parsing: refuses empty input and binary plan
 * files (zip archives) with an explanation, and decodes UTF-16 and UTF-32 with a byte-order mark,
 * as PowerShell's {@code >} writes them.
 */
final class InputDecoder {
  private InputDecoder() {}

  /** A parser over {@code raw}, decoded; {@code location} names the input in errors. */
  static JsonParser open(JsonFactory factory, InputStream raw, Location location)
      throws IOException, InvalidInputException {
    PushbackInputStream in = new PushbackInputStream(raw, 4);
    byte[] head = new byte[4];
    int n = in.readNBytes(head, 0, 4);
    if (n == 0) {
      throw empty(location);
    }
    if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      throw InvalidInputException.at(
          location,
          "this is a binary plan file (a zip archive), not JSON",
          "run `terraform show -json PLANFILE > plan.json` (or `tofu show -json`) and scan plan.json");
    }
    int bom = bomLength(head, n);
    Charset charset = bom > 0 ? bomCharset(head, n) : charsetWithoutBom(head, n);
    in.unread(head, bom, n - bom);
    if (charset == null) {
      return factory.createParser(in);
    }
    return factory.createParser(new InputStreamReader(in, charset.newDecoder()));
  }

  static InvalidInputException empty(Location location) {
    return InvalidInputException.at(
        location,
        "the input is empty",
        "expected the output of `terraform show -json PLANFILE`; check that the command succeeded");
  }

  private static boolean starts(byte[] head, int n, int... bytes) {
    if (n < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xff) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** The charset a byte-order mark names; null for UTF-8. */
  private static Charset bomCharset(byte[] head, int n) {
    if (starts(head, n, 0x00, 0x00, 0xFE, 0xFF)) {
      return Charset.forName("UTF-32BE");
    }
    if (starts(head, n, 0xFF, 0xFE, 0x00, 0x00)) {
      return Charset.forName("UTF-32LE");
    }
    if (starts(head, n, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (starts(head, n, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * UTF-16 and UTF-32 without a byte-order mark, told apart by where the zero bytes of the first
   * character (an ASCII "{" or space in any plan) fall, as RFC 4627 §3 describes.
   */
  private static Charset charsetWithoutBom(byte[] head, int n) {
    if (n < 4) {
      return null;
    }
    if (head[0] == 0 && head[1] == 0 && head[2] == 0 && isJsonStart(head[3])) {
      return Charset.forName("UTF-32BE");
    }
    if (isJsonStart(head[0]) && head[1] == 0 && head[2] == 0 && head[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (head[0] == 0 && isJsonStart(head[1])) {
      return StandardCharsets.UTF_16BE;
    }
    if (isJsonStart(head[0]) && head[1] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The characters a JSON text can start with: an opening bracket or white space. */
  private static boolean isJsonStart(byte b) {
    return b == '{' || b == '[' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  private static int bomLength(byte[] head, int n) {
    if (starts(head, n, 0x00, 0x00, 0xFE, 0xFF) || starts(head, n, 0xFF, 0xFE, 0x00, 0x00)) {
      return 4;
    }
    if (starts(head, n, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    if (starts(head, n, 0xFE, 0xFF) || starts(head, n, 0xFF, 0xFE)) {
      return 2;
    }
    return 0;
  }
}
