package dev.iamgate.input.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.iamgate.model.Actions;
import dev.iamgate.model.Address;
import dev.iamgate.model.InvalidInputException;
import dev.iamgate.model.Location;
import dev.iamgate.model.Mode;
import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one {@code resource_changes} entry. Entries of types no rule reads cost only their actions:
 * their {@code before} and {@code after} values are skipped unread.
 */
final class ChangeReader {
  private final Scope scope;
  private final String path;

  ChangeReader(Scope scope, String path) {
    this.scope = scope;
    this.path = path;
  }

  /** The envelope fields of one entry, before they become a {@link ResourceChange}. */
  private static final class Entry {
    String address = "";
    String module = "";
    String mode;
    String type;
    String name;
    String deposed = "";
    String key = "";
    ChangeDto change;
    List<String> actions;
  }

  /**
   * Reads the entry the parser is at (START_OBJECT).
   *
   * @param pointer its JSON pointer, for messages, e.g. {@code /resource_changes/3}
   * @return the change when its type is read by a rule, else null; its actions are counted either
   *     way
   */
  ResourceChange read(JsonParser parser, String pointer, Map<Actions, Integer> counts)
      throws IOException, InvalidInputException {
    JsonLocation start = parser.currentTokenLocation();
    Location location =
        new Location(path, Math.max(1, start.getLineNr()), Math.max(1, start.getColumnNr()));
    Entry entry = readEntry(parser);
    Actions actions = actions(entry, pointer, location);
    Mode mode = mode(entry, pointer, location);
    if (mode == Mode.MANAGED) {
      counts.merge(actions, 1, Integer::sum);
    }
    scope.noteMarker(entry.type, entry.address);
    if (!scope.isRead(entry.type)) {
      return null;
    }
    Address address = address(entry, mode, pointer, location);
    return new ResourceChange(
        address,
        actions,
        actions.existedBefore()
            ? Values.merge(entry.change.before(), null, entry.change.beforeSensitive())
            : Value.Null.INSTANCE,
        actions.existsAfter()
            ? Values.merge(
                entry.change.after(), entry.change.afterUnknown(), entry.change.afterSensitive())
            : Value.Null.INSTANCE,
        Map.of(),
        location,
        entry.change.importing() != null && !entry.change.importing().isNull(),
        entry.deposed);
  }

  private Entry readEntry(JsonParser parser) throws IOException {
    Entry entry = new Entry();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "address" -> entry.address = parser.getValueAsString("");
        case "module_address" -> entry.module = parser.getValueAsString("");
        case "mode" -> entry.mode = parser.getValueAsString();
        case "type" -> entry.type = parser.getValueAsString();
        case "name" -> entry.name = parser.getValueAsString();
        case "deposed" -> entry.deposed = parser.getValueAsString("");
        case "index" -> entry.key = key(parser);
        case "change" -> readChange(parser, entry);
        default -> SkippingParser.skip(parser);
      }
    }
    return entry;
  }

  private void readChange(JsonParser parser, Entry entry) throws IOException {
    if (entry.type != null && !scope.isRead(entry.type)) {
      entry.actions = actionsOnly(parser);
    } else if (parser.currentToken() == JsonToken.START_OBJECT) {
      entry.change = Binding.MAPPER.readValue(parser, ChangeDto.class);
      entry.actions = entry.change.actions();
    } else {
      SkippingParser.skip(parser);
    }
  }

  /** The instance key as Terraform prints it: {@code [0]}, {@code ["a"]}, or empty. */
  private static String key(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case VALUE_NUMBER_INT -> "[" + parser.getText() + "]";
      case VALUE_STRING -> Address.renderKey(parser.getText());
      default -> {
        SkippingParser.skip(parser);
        yield "";
      }
    };
  }

  private static List<String> actionsOnly(JsonParser parser) throws IOException {
    List<String> actions = null;
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      SkippingParser.skip(parser);
      return null;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (field.equals("actions") && parser.currentToken() == JsonToken.START_ARRAY) {
        actions = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          actions.add(parser.getValueAsString(String.valueOf(parser.currentToken())));
        }
      } else {
        SkippingParser.skip(parser);
      }
    }
    return actions;
  }

  private static Actions actions(Entry entry, String pointer, Location location)
      throws InvalidInputException {
    if (entry.actions == null) {
      throw InvalidInputException.at(
          location,
          pointer + " (" + entry.address + ") has no change.actions",
          "the plan is damaged; re-create it with terraform show -json");
    }
    try {
      return Actions.parse(entry.actions);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.at(
          location,
          "unsupported actions " + entry.actions + " for " + entry.address + " at " + pointer,
          "this iamgate knows create, read, update, delete, both replace orders, no-op and forget; upgrade iamgate");
    }
  }

  private static Mode mode(Entry entry, String pointer, Location location)
      throws InvalidInputException {
    if (entry.type == null || entry.name == null || entry.mode == null) {
      throw InvalidInputException.at(
          location,
          pointer + " lacks its mode, type or name",
          "the plan is damaged; re-create it with terraform show -json");
    }
    try {
      return Mode.parse(entry.mode);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.at(
          location,
          "unknown mode \"" + entry.mode + "\" at " + pointer,
          "expected \"managed\" or \"data\"");
    }
  }

  /**
   * Keeps the key as Terraform printed it in {@code address} when the two disagree only in the key
   * (an index 1 printed as {@code ["1"]}): reports should show what {@code terraform plan} showed.
   */
  private static Address withPrintedKey(Address address, String printed) {
    String prefix =
        address.toString().substring(0, address.toString().length() - address.key().length());
    if (!address.key().isEmpty()
        && printed.startsWith(prefix)
        && printed.length() > prefix.length()
        && printed.charAt(prefix.length()) == '['
        && printed.endsWith("]")) {
      return new Address(
          address.module(),
          address.mode(),
          address.type(),
          address.name(),
          printed.substring(prefix.length()));
    }
    return address;
  }

  private static Address address(Entry entry, Mode mode, String pointer, Location location)
      throws InvalidInputException {
    try {
      Address address = new Address(entry.module, mode, entry.type, entry.name, entry.key);
      address.moduleCalls(); // validates module_address
      return withPrintedKey(address, entry.address);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.at(
          location,
          "bad address at " + pointer + ": " + e.getMessage(),
          "the plan is damaged; re-create it with terraform show -json");
    }
  }
}
