package dev.iamgate.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Address of one resource instance, e.g. {@code module.net["eu"].aws_vpc.main[0]}. Immutable.
 *
 * @param module the module instance as Terraform prints it ({@code module.a["x"].module.b}), or the
 *     empty string for the root module
 * @param mode managed resource or data source
 * @param type resource type, e.g. {@code aws_iam_user}
 * @param name the name in the configuration, e.g. {@code ci}
 * @param key the instance key with its brackets ({@code [0]} for {@code count}, {@code ["a"]} for
 *     {@code for_each}), or the empty string for a single instance
 */
public record Address(String module, Mode mode, String type, String name, String key)
    implements Comparable<Address> {

  public Address {
    if (type.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException(
          "address needs a type and a name, got \"" + type + "." + name + "\"");
    }
  }

  /** A managed resource in the root module without an instance key. */
  public static Address of(String type, String name) {
    return new Address("", Mode.MANAGED, type, name, "");
  }

  /** Renders an instance key as Terraform prints it: {@code [3]} or {@code ["name"]}. */
  public static String renderKey(Object key) {
    if (key instanceof Number number) {
      return "[" + number + "]";
    }
    return "[" + Quoting.quote(key.toString()) + "]";
  }

  /**
   * The names of the module calls leading to this resource: {@code [a, b]} for {@code
   * module.a["x"].module.b}.
   */
  public List<String> moduleCalls() {
    return moduleCalls(module);
  }

  /**
   * Parses the call names out of a module instance address such as {@code module.a[0].module.b}.
   */
  public static List<String> moduleCalls(String moduleAddress) {
    List<String> calls = new ArrayList<>();
    for (int[] segment : segments(moduleAddress)) {
      calls.add(moduleAddress.substring(segment[1], segment[2]));
    }
    return List.copyOf(calls);
  }

  /**
   * The module instance that contains {@code module}: {@code module.a} for {@code
   * module.a.module.b[1]}.
   */
  public static String parentModule(String module) {
    List<int[]> segments = segments(module);
    if (segments.size() <= 1) {
      return "";
    }
    return module.substring(0, segments.get(segments.size() - 1)[0] - 1);
  }

  /** Each {@code module.NAME[KEY]} segment as {start, name start, name end}. */
  private static List<int[]> segments(String moduleAddress) {
    List<int[]> segments = new ArrayList<>();
    int i = 0;
    while (i < moduleAddress.length()) {
      if (!moduleAddress.startsWith("module.", i)) {
        throw new IllegalArgumentException("\"" + moduleAddress + "\" is not a module address");
      }
      int start = i + "module.".length();
      int end = start;
      while (end < moduleAddress.length()
          && moduleAddress.charAt(end) != '.'
          && moduleAddress.charAt(end) != '[') {
        end++;
      }
      segments.add(new int[] {i, start, end});
      i = Quoting.skipKey(moduleAddress, end);
      if (i < moduleAddress.length()) {
        i++; // the dot before the next "module."
      }
    }
    return segments;
  }

  /**
   * The index just past the bracketed instance key that starts at {@code from} in {@code text}
   * ({@code ["a.b"]} or {@code [0]}), or {@code from} when no key starts there. Quoted keys may
   * hold dots, brackets and escaped quotes.
   *
   * @throws IllegalArgumentException when the key is not terminated
   */
  public static int skipKey(String text, int from) {
    return Quoting.skipKey(text, from);
  }

  /** {@code aws_iam_user.ci} or {@code data.aws_iam_policy_document.scp}, without module or key. */
  public String local() {
    return (mode == Mode.DATA ? "data." : "") + type + "." + name;
  }

  @Override
  public String toString() {
    return (module.isEmpty() ? "" : module + ".") + local() + key;
  }

  @Override
  public int compareTo(Address other) {
    return toString().compareTo(other.toString());
  }
}
