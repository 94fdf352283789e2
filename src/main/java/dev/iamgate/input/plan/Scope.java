package dev.iamgate.input.plan;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the reader keeps: the resource types rules read, and the addresses of organization markers
 * (any {@code aws_organizations_*} or {@code aws_ssoadmin_*} resource or data source) it meets.
 */
final class Scope {
  private final Set<String> types;
  private final SortedSet<String> markers = new TreeSet<>();

  Scope(Set<String> types) {
    this.types = Set.copyOf(types);
  }

  boolean isRead(String type) {
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
