package dev.playbook;

import dev.playbook.model.Mode;
import dev.playbook.model.Playbook;
import dev.playbook.model.Topic;
import dev.playbook.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;

/** Variants of the retail-bank fixture for decision tests. */
final class WithTopics {

  private WithTopics() {}

  /** The retail bank with a first topic that forbids a public reply and has no path. */
  static Playbook quietTopic() {
    Playbook base = Fixtures.retailBank();
    List<Topic> topics = new ArrayList<>();
    topics.add(Fixtures.topic("press-gossip", Fixtures.phrases("tabloid"), List.of(), List.of(),
        Topic.LookIn.INBOUND, Fixtures.outcome(false, null, false, null), Mode.ENFORCE, 300));
    topics.addAll(base.topics());
    return new Playbook(base.apiVersion(), base.metadata(), base.channels(), base.tone(), topics,
        base.escalationPaths(), base.templates(), base.personalData(), base.checklist(),
        base.source());
  }
}
