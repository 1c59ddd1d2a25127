package dev.playbook.model;

import java.util.List;
import java.util.Optional;

/**
 * Which channels a rule applies to. An empty scope applies everywhere.
 *
 * @param channels channel ids; empty means every channel
 * @param visibility only channels of this visibility, if given
 */
public record Scope(List<String> channels, Optional<Visibility> visibility) {

  /** A scope that applies to every channel. */
  public static final Scope EVERYWHERE = new Scope(List.of(), Optional.empty());

  public Scope {
    channels = List.copyOf(channels);
  }

  /** Whether something with this scope applies on the given channel. */
  public boolean includes(Channel channel) {
    return (channels.isEmpty() || channels.contains(channel.id()))
        && visibility.map(v -> v == channel.visibility()).orElse(true);
  }
}
