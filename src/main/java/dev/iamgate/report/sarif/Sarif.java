package dev.iamgate.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The part of the SARIF 2.1.0 object model iamgate writes, as records serialised by Jackson in
 * declaration order. Names follow the specification
 * (https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os.html).
 */
final class Sarif {
  private Sarif() {}

  record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Run(
      Tool tool,
      AutomationDetails automationDetails,
      Map<String, ArtifactLocation> originalUriBaseIds,
      List<Invocation> invocations,
      List<Result> results,
      String columnKind) {}

  record Tool(ToolComponent driver) {}

  record ToolComponent(
      String name, String version, String semanticVersion, List<ReportingDescriptor> rules) {}

  record AutomationDetails(String id) {}

  record ReportingDescriptor(
      String id,
      String name,
      Message shortDescription,
      Message fullDescription,
      Message help,
      String helpUri,
      Configuration defaultConfiguration,
      RuleProperties properties) {}

  record Configuration(String level) {}

  record RuleProperties(
      List<String> tags,
      String precision,
      @JsonProperty("problem.severity") String problemSeverity,
      @JsonProperty("security-severity") String securitySeverity) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Message(String text, String markdown) {
    static Message of(String text) {
      return new Message(text, null);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Invocation(
      boolean executionSuccessful, int exitCode, List<Notification> toolExecutionNotifications) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Notification(String level, Message message, List<Location> locations) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Result(
      String ruleId,
      int ruleIndex,
      String level,
      Message message,
      List<Location> locations,
      Map<String, String> partialFingerprints,
      List<Suppression> suppressions,
      Map<String, Object> properties) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Suppression(String kind, String status, String justification, Location location) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ArtifactLocation(String uri, String uriBaseId, Message description) {}

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  record Region(int startLine, int startColumn) {}

  record LogicalLocation(String fullyQualifiedName, String kind) {}
}
