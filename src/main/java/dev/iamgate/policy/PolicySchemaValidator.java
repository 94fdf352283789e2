package dev.iamgate.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validates policy files against {@code policies/policy.schema.json} (JSON Schema 2020-12). The
 * only class that imports networknt. Thread-safe once built.
 */
final class PolicySchemaValidator {
  static final String SCHEMA = "policies/policy.schema.json";

  /** One schema violation: where (JSON pointer) and what. */
  record Violation(String pointer, String message) {}

  private final Schema schema;

  PolicySchemaValidator() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).locale(Locale.ROOT).build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
    try (InputStream in =
        PolicySchemaValidator.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(
            SCHEMA + " is missing from the class path; the jar is damaged");
      }
      this.schema = registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA, e);
    }
  }

  /** Every violation, sorted by pointer; empty when the document is valid. */
  List<Violation> validate(JsonNode document) {
    List<Violation> violations = new ArrayList<>();
    for (Error error : schema.validate(document)) {
      String pointer = error.getInstanceLocation().toString();
      violations.add(new Violation(pointer.isEmpty() ? "/" : pointer, error.getMessage()));
    }
    violations.sort(
        java.util.Comparator.comparing(Violation::pointer).thenComparing(Violation::message));
    return violations;
  }
}
