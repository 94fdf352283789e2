package dev.iamgate.rules;

import dev.iamgate.model.ResourceChange;
import dev.iamgate.model.Value;

/** Which state of a change a check reads: before it or after it. */
enum Side {
  BEFORE,
  AFTER;

  Value of(ResourceChange change, String attribute) {
    return this == BEFORE ? change.beforeAttribute(attribute) : change.afterAttribute(attribute);
  }
}
