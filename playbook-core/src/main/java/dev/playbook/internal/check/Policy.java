package dev.playbook.internal.check;

import java.util.Set;

/**
 * Playbook-wide facts the decision needs.
 *
 * @param playbookId the playbook's id, for the audit stamp
 * @param playbookVersion its version
 * @param sha256 the hash of its source file
 * @param apiVersion its DSL version
 * @param seniorReviewTopics topics whose recognition requires senior review
 */
public record Policy(
    String playbookId,
    String playbookVersion,
    String sha256,
    String apiVersion,
    Set<String> seniorReviewTopics) {

  public Policy {
    seniorReviewTopics = Set.copyOf(seniorReviewTopics);
  }
}
