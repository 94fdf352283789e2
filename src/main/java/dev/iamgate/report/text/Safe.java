package dev.iamgate.report.text;

import dev.iamgate.report.Invisible;

/**
 * Spells out what must not reach a terminal or a CI log as it is (see {@link Invisible}), so a
 * crafted address cannot move the cursor, recolour the terminal, reorder the line or start a
 * workflow command.
 */
final class Safe {
  private Safe() {}

  static String text(String text) {
    return Invisible.spellOut(text);
  }
}
