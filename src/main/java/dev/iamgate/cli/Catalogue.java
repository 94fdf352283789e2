package dev.iamgate.cli;

import dev.iamgate.model.InvalidInputException;
import dev.iamgate.policy.PolicyLoader;
import dev.iamgate.rules.ActiveRule;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Loads the built-in rule catalogue for a command, reporting a broken one through the console. */
final class Catalogue {
  private Catalogue() {}

  /**
   * Starts loading the rules on another thread. The future fails with a {@link
   * java.util.concurrent.CompletionException} caused by the {@link InvalidInputException} when the
   * catalogue is invalid.
   */
  static CompletableFuture<List<ActiveRule>> loadInBackground() {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new PolicyLoader().builtIn();
          } catch (InvalidInputException e) {
            throw new CompletionException(e);
          }
        });
  }

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
