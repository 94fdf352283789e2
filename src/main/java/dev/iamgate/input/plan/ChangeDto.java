package dev.iamgate.input.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The {@code change} object of one {@code resource_changes} entry; unknown properties ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ChangeDto(
    List<String> actions,
    JsonNode before,
    JsonNode after,
    @JsonProperty("after_unknown") JsonNode afterUnknown,
    @JsonProperty("before_sensitive") JsonNode beforeSensitive,
    @JsonProperty("after_sensitive") JsonNode afterSensitive,
    JsonNode importing) {}
