package dev.iamgate.report.sarif;

import java.net.URI;
import java.net.URISyntaxException;

/** Turns a path as the user named it into a relative URI reference with forward slashes. */
final class Uris {
  private Uris() {}

  static String relative(String path) {
    String slashed = path.replace('\\', '/');
    while (slashed.startsWith("./")) {
      slashed = slashed.substring(2);
    }
    try {
      // Percent-encodes spaces and other characters that are not allowed in a URI.
      return new URI(null, null, slashed, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("path \"" + path + "\" cannot be written as a URI", e);
    }
  }
}
