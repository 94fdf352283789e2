package dev.iamgate.model;

import java.util.List;

/**
 * A resource that an attribute's expression refers to, as the configuration records it, e.g. {@code
 * aws_ssoadmin_permission_set.admin} in {@code permission_set_arn =
 * aws_ssoadmin_permission_set.admin.arn}. Matches instances of that resource.
 *
 * @param module the exact module instance, or null for every instance of {@code moduleCalls} (a
 *     reference that crossed a module boundary cannot tell which instance it meant)
 * @param moduleCalls the module call names leading to the resource, empty for the root module
 * @param mode managed resource or data source
 * @param type resource type
 * @param name resource name
 * @param key the instance key with brackets, or null for every instance
 */
public record Reference(
    String module, List<String> moduleCalls, Mode mode, String type, String name, String key) {
  public Reference {
    moduleCalls = List.copyOf(moduleCalls);
  }

  /** Whether {@code address} is (an instance of) the referenced resource. */
  public boolean matches(Address address) {
    return address.type().equals(type)
        && address.name().equals(name)
        && address.mode() == mode
        && (module == null
            ? address.moduleCalls().equals(moduleCalls)
            : address.module().equals(module))
        && (key == null || key.equals(address.key()));
  }
}
