package dev.iamgate.input.plan;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What the reader keeps: the resource types rules read, and the addresses of organization markers
 * (any {@code aws_organizations_*} or {@code aws_ssoadmin_*} resource or data source) it meets.
 */
final class Scope {
  private final Supplier<Set<String>> supplier;
  private final SortedSet<String> markers = new TreeSet<>();
  private Set<String> types;

  Scope(Supplier<Set<String>> types) {
    this.supplier = types;
  }

  /**
   * Whether a rule reads {@code type}; the first call asks for the types (and may wait for them).
   */
  boolean isRead(String type) {
    if (types == null) {
      types = Set.copyOf(supplier.get());
    }
    return types.contains(type);
  }

  /** Records {@code address} when {@code type} marks the organization's stack. */
  void noteMarker(String type, String address) {
    if (type.startsWith("aws_organizations_") || type.startsWith("aws_ssoadmin_")) {
      markers.add(address);
    }
  }

  SortedSet<String> markers() {
    return markers;
  }
}
