package dev.iamgate.rules;

import dev.iamgate.model.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reports subjects that no referrer refers to, e.g. a permission set that no account assignment
 * uses; and, when asked, the absence of any referrer at all.
 */
final class RequireLink extends Check {
  private final Link subject;
  private final List<Link> referrers;
  private final boolean requireReferrers;

  RequireLink(Link subject, List<Link> referrers, boolean requireReferrers) {
    this.subject = subject;
    this.referrers = List.copyOf(referrers);
    this.requireReferrers = requireReferrers;
  }

  @Override
  public Set<String> types() {
    Set<String> types = new TreeSet<>();
    types.add(subject.type());
    referrers.forEach(link -> types.add(link.type()));
    return types;
  }

  @Override
  void evaluate(Inventory inventory, Results results) {
    if (requireReferrers
        && referrers.stream().allMatch(link -> inventory.endState(link.type()).isEmpty())) {
      results.failMissing(
          referrers.get(0).type(), inventory.noneLeft(referrerTypes()) + "; " + results.fix());
    }
    for (ResourceChange candidate : inventory.endState(subject.type())) {
      check(candidate, inventory, results);
    }
  }

  private void check(ResourceChange candidate, Inventory inventory, Results results) {
    List<String> unknown = new ArrayList<>();
    for (Link link : referrers) {
      for (ResourceChange referrer : inventory.endState(link.type())) {
        Links.Link decision =
            Links.AFTER.between(referrer, link.attribute(), candidate, subject.attribute());
        if (decision.state() == Links.State.LINKED) {
          return;
        }
        if (decision.state() == Links.State.UNKNOWN) {
          unknown.add(decision.reason());
        }
      }
    }
    if (unknown.isEmpty()) {
      results.fail(
          candidate,
          candidate.address() + ": no " + referrerTypes() + " refers to it; " + results.fix());
    } else {
      results.undecided(candidate, "cannot tell whether it is used: " + String.join("; ", unknown));
    }
  }

  private String referrerTypes() {
    return referrers.stream().map(Link::type).distinct().collect(Collectors.joining(" or "));
  }
}
