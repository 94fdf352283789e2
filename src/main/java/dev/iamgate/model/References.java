package dev.iamgate.model;

import java.util.List;

/**
 * What one attribute's expression refers to, as far as it could be followed through the
 * configuration.
 *
 * @param resources the resources it refers to
 * @param unresolved references that could not be followed, e.g. {@code local.arns}, each with the
 *     reason; empty when every reference was followed
 */
public record References(List<Reference> resources, List<String> unresolved) {
  /** An expression that refers to nothing: a literal. */
  public static final References NONE = new References(List.of(), List.of());

  public References {
    resources = List.copyOf(resources);
    unresolved = List.copyOf(unresolved);
  }

  /** Whether some resource reached by this expression is {@code address}. */
  public boolean reaches(Address address) {
    return resources.stream().anyMatch(reference -> reference.matches(address));
  }
}
