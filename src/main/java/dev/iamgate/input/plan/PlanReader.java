package dev.iamgate.input.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.iamgate.model.ChangeSet;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads {@code terraform show -json} and {@code tofu show -json} output into a {@link ChangeSet}.
 *
 * <p>How it works: the plan is streamed in one pass, so memory does not grow with its size beyond
 * the resources the rules read. {@code resource_changes} entries (and deferred changes) of types no
 * rule reads cost only their actions; the others are bound to DTOs and their {@code after}, {@code
 * after_unknown} and {@code *_sensitive} trees merged into {@link dev.iamgate.model.Value}s. {@code
 * planned_values} and {@code prior_state} are walked for organization markers only, and the {@code
 * configuration} section for the references that link resources whose ids are unknown until apply.
 * Format versions 0.1, 0.2 and 1.x are read; another major, an errored plan, a state file, a binary
 * plan, empty, truncated or non-JSON input are refused with an {@link InvalidInputException} that
 * says what to do. Spec: https://developer.hashicorp.com/terraform/internals/json-format.
 * Thread-safe.
 */
public final class PlanReader {
  private static final JsonFactory FACTORY = new SkippingParser.Factory();

  static {
    FACTORY.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(1000).maxStringLength(100_000_000).build());
  }

  private final Supplier<Set<String>> types;

  /**
   * @param types the resource types whose changes to keep, with their values; asked for when the
   *     first resource needs it, so they may still be loading when reading starts
   */
  public PlanReader(Supplier<Set<String>> types) {
    this.types = types;
  }

  /** Reads the plan in {@code file}; {@code shown} is how messages name it. */
  public ChangeSet read(Path file, String shown) throws InvalidInputException {
    Location location = Location.of(shown);
    if (Files.isDirectory(file)) {
      throw InvalidInputException.at(
          location,
          "this is a directory, not a plan file",
          "name the plan JSON file written by `terraform show -json PLANFILE`");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, shown);
    } catch (NoSuchFileException e) {
      throw InvalidInputException.at(location, "no such file", "check the path");
    } catch (AccessDeniedException e) {
      throw InvalidInputException.at(location, "permission denied", "make the file readable");
    } catch (IOException e) {
      throw InvalidInputException.at(
          location, "cannot read the file: " + e.getMessage(), "check the file");
    }
  }

  /** Reads a plan from {@code in}, e.g. standard input; does not close it. */
  public ChangeSet read(InputStream in, String shown) throws InvalidInputException {
    Location location = Location.of(shown);
    try (JsonParser parser = InputDecoder.open(factory(), in, location)) {
      return new PlanParse(shown, types).parse(parser);
    } catch (JsonEOFException e) {
      throw truncated(shown, e);
    } catch (StreamConstraintsException e) {
      throw InvalidInputException.at(
          location,
          "the plan exceeds a safety limit: " + e.getOriginalMessage(),
          "this is not a plan Terraform writes; check the input");
    } catch (JsonParseException e) {
      if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
        throw truncated(shown, e);
      }
      throw InvalidInputException.at(
          at(shown, e),
          "not valid JSON: " + firstLine(e.getOriginalMessage()),
          "expected the output of `terraform show -json PLANFILE`");
    } catch (JsonMappingException e) {
      throw InvalidInputException.at(
          at(shown, e),
          "unexpected shape at " + e.getPathReference() + ": " + firstLine(e.getOriginalMessage()),
          "expected the output of `terraform show -json PLANFILE`");
    } catch (CharacterCodingException e) {
      throw InvalidInputException.at(
          location,
          "the input is not valid text in the encoding its byte-order mark names",
          "save the plan as UTF-8: `terraform show -json PLANFILE | Out-File -Encoding utf8 plan.json`");
    } catch (IOException e) {
      throw InvalidInputException.at(
          location, "cannot read the input: " + e.getMessage(), "check the file or pipe");
    }
  }

  private static InvalidInputException truncated(String shown, JsonParseException e) {
    return InvalidInputException.at(
        at(shown, e),
        "the plan is truncated: the input ends inside a JSON value",
        "re-create it with `terraform show -json PLANFILE`; check that the command finished and the file was copied whole");
  }

  private static JsonFactory factory() {
    return FACTORY;
  }

  private static Location at(String shown, com.fasterxml.jackson.core.JacksonException e) {
    if (e.getLocation() == null) {
      return Location.of(shown);
    }
    return new Location(
        shown,
        Math.max(0, e.getLocation().getLineNr()),
        Math.max(0, e.getLocation().getColumnNr()));
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
