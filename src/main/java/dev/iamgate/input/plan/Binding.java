package dev.iamgate.input.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The object mapper that binds the DTOs, in a holder of its own: it loads only when the first
 * change a rule reads is bound, so streaming starts without waiting for Jackson databind.
 */
final class Binding {
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private Binding() {}
}
