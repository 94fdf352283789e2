package dev.iamgate.cli;

import dev.iamgate.model.InvalidInputException;
import dev.iamgate.policy.PolicyLoader;
import dev.iamgate.rules.ActiveRule;
import java.util.List;

/** Loads the built-in rule catalogue for a command, reporting a broken one through the console. */
final class Catalogue {
  private Catalogue() {}

  /** The rules, or null when the catalogue is invalid (the errors are printed). */
  static List<ActiveRule> load(Console console) {
    try {
      return new PolicyLoader().builtIn();
    } catch (InvalidInputException e) {
      e.diagnostics().forEach(console::error);
      return null;
    }
  }
}
