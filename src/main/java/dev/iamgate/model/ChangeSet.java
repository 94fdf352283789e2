package dev.iamgate.model;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * What the rules evaluate for one input: the resource changes of one plan, or the declarations of
 * one configuration root read as creations. Immutable.
 *
 * @param source the input file (or directory)
 * @param origin whether the changes come from a plan or from configuration
 * @param formatVersion the plan's {@code format_version}, or empty for configuration
 * @param toolVersion the {@code terraform_version} that wrote the plan, or empty when absent
 * @param changes the changes of every resource type a rule reads, in input order
 * @param organizationMarkers addresses of the {@code aws_organizations_*} and {@code
 *     aws_ssoadmin_*} resources and data sources present, sorted; they make the {@code auto}
 *     profile choose {@code organization}
 * @param actionCounts how many managed resource instances each kind of action touches
 * @param notices things the reader noticed that limit the analysis, e.g. a sanitized plan
 * @param waivers inline suppressions found in the configuration, in file order
 */
public record ChangeSet(
    Location source,
    Origin origin,
    String formatVersion,
    String toolVersion,
    List<ResourceChange> changes,
    SortedSet<String> organizationMarkers,
    Map<Actions, Integer> actionCounts,
    List<Diagnostic> notices,
    List<Waiver> waivers) {
  public ChangeSet {
    changes = List.copyOf(changes);
    organizationMarkers =
        java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(organizationMarkers));
    actionCounts = Map.copyOf(actionCounts);
    notices = List.copyOf(notices);
    waivers = List.copyOf(waivers);
  }

  /** This change set with its changes replaced, e.g. placed at their {@code .tf} blocks. */
  public ChangeSet withChanges(
      List<ResourceChange> replaced, List<Diagnostic> moreNotices, List<Waiver> moreWaivers) {
    List<Diagnostic> allNotices = new java.util.ArrayList<>(notices);
    allNotices.addAll(moreNotices);
    List<Waiver> allWaivers = new java.util.ArrayList<>(waivers);
    allWaivers.addAll(moreWaivers);
    return new ChangeSet(
        source,
        origin,
        formatVersion,
        toolVersion,
        replaced,
        organizationMarkers,
        actionCounts,
        allNotices,
        allWaivers);
  }

  /** Where a change set comes from. */
  public enum Origin {
    /** {@code terraform show -json} or {@code tofu show -json} output: changes are planned. */
    PLAN,
    /** {@code .tf} files: every block is read as created ("declared"). */
    CONFIGURATION
  }
}
