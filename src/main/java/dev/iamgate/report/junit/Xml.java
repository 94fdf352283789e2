package dev.iamgate.report.junit;

import dev.iamgate.report.Invisible;

/**
 * Text from the input made fit for XML 1.0, which cannot hold most control characters at all: they
 * and the other invisible characters ({@link Invisible}) are spelled out, line breaks included, so
 * a value stays on one line.
 */
final class Xml {
  private Xml() {}

  static String text(String text) {
    return Invisible.spellOut(text);
  }
}
