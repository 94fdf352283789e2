package dev.iamgate.input.hcl;

import dev.iamgate.model.Location;
import dev.iamgate.model.RuleId;
import dev.iamgate.model.Waiver;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads inline suppressions from comments: {@code # iamgate:ignore IG001,IG002 until=2027-01-31 --
 * reason} (also with {@code //}), on a block's header line or the line right above it. Malformed
 * ones are kept, with their problem, so they can be reported.
 */
final class Suppressions {
  private static final String MARKER = "iamgate:ignore";
  private static final Pattern UNTIL = Pattern.compile("until=(\\S*)");
  private static final Pattern RULE = Pattern.compile("IG\\d{3}");
  private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

  private Suppressions() {}

  static List<Waiver> of(FileReader.Parsed file) {
    List<Waiver> waivers = new ArrayList<>();
    for (Lexer.Comment comment : file.comments()) {
      String text = comment.text().strip();
      if (text.startsWith(MARKER)) {
        int line = file.source().line(comment.start());
        Location at =
            new Location(file.source().path(), line, file.source().column(comment.start()));
        waivers.add(parse(text.substring(MARKER.length()), at, target(file, line)));
      }
    }
    return waivers;
  }

  private static Location target(FileReader.Parsed file, int line) {
    for (HclBlock block : file.blocks()) {
      int header = block.location().line();
      if (header == line || header == line + 1) {
        return block.location();
      }
    }
    return null;
  }

  static Waiver parse(String body, Location at, Location target) {
    int separator = body.indexOf("--");
    String head = separator < 0 ? body : body.substring(0, separator);
    String reason = separator < 0 ? "" : body.substring(separator + 2).strip();
    List<String> problems = new ArrayList<>();
    LocalDate until = null;
    Matcher date = UNTIL.matcher(head);
    if (date.find()) {
      try {
        until = LocalDate.parse(date.group(1));
      } catch (DateTimeParseException e) {
        problems.add("until \"" + date.group(1) + "\" is not a date such as 2027-01-31");
      }
      head = head.substring(0, date.start()) + head.substring(date.end());
    }
    List<RuleId> rules = new ArrayList<>();
    for (String id : SEPARATORS.split(head.strip(), -1)) {
      if (id.isEmpty()) {
        continue;
      }
      if (RULE.matcher(id).matches()) {
        rules.add(new RuleId(id));
      } else {
        problems.add("\"" + id + "\" is not a rule id such as IG001");
      }
    }
    if (rules.isEmpty() && problems.isEmpty()) {
      problems.add("it names no rule");
    }
    if (reason.isEmpty()) {
      problems.add("it gives no reason after \"--\"");
    }
    if (target == null) {
      problems.add("it is neither on a block's header line nor on the line above one");
    }
    return new Waiver(rules, reason, until, at, target, String.join("; ", problems));
  }
}
