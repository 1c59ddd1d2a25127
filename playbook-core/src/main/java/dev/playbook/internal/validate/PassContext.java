package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.LocationIndex;
import dev.playbook.internal.load.Problems;
import java.time.Clock;
import java.util.Map;

/**
 * What a semantic pass sees: the tree, where its values were written, where to report, and the
 * clock that says what day it is.
 *
 * @param root the playbook's top-level mapping
 * @param index pointer → location
 * @param problems where problems go
 * @param clock "today", for lifecycle checks
 */
public record PassContext(Map<String, Object> root, LocationIndex index, Problems problems, Clock clock) {

  /** Reports a problem at the value of {@code pointer}. */
  public void atValue(Code code, String pointer, String hint, Object... args) {
    problems.reportWithHint(code, index.value(pointer), pointer, hint, args);
  }

  /** Reports a problem at the key of {@code pointer} (or the value, for a list item). */
  public void atKey(Code code, String pointer, String hint, Object... args) {
    problems.reportWithHint(code, index.of(pointer), pointer, hint, args);
  }
}
