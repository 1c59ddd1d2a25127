package dev.playbook;

import dev.playbook.internal.check.Engine;
import dev.playbook.internal.compile.PlaybookCompiler;
import dev.playbook.model.Playbook;
import java.util.List;
import java.util.Objects;

/**
 * A playbook compiled for checking drafts: compile once, check many times.
 *
 * <pre>{@code
 * CompiledPlaybook engine = CompiledPlaybook.compile(Playbooks.load(path).orThrow());
 * // per draft, from any thread:
 * Verdict verdict = engine.check(Draft.builder("x", text).inbound(customerMessage).build());
 * }</pre>
 *
 * <p><b>Threading:</b> immutable and thread-safe. Share one instance between all threads; each
 * {@link #check} call uses only its own state. To change the playbook, compile a new instance and
 * swap the reference.
 *
 * <p><b>Checking</b> is a pure function of the compiled playbook and the {@link Draft}: no I/O, no
 * logging, and the only time read is the draft's {@link java.time.Clock}. It never throws for any
 * text, however long, empty, malformed (unpaired surrogates) or hostile; the one programming error
 * is a channel the playbook does not declare.
 */
public final class CompiledPlaybook {

  private final Playbook playbook;
  private final Engine engine;

  private CompiledPlaybook(Playbook playbook, Engine engine) {
    this.playbook = playbook;
    this.engine = engine;
  }

  /**
   * Compiles a validated playbook (from {@link Playbooks#load}). Phrases are gathered into one
   * automaton and patterns compiled with RE2/J, once.
   *
   * @throws IllegalArgumentException if a pattern is not valid RE2, which validation rules out
   */
  public static CompiledPlaybook compile(Playbook playbook) {
    Objects.requireNonNull(playbook, "playbook");
    return new CompiledPlaybook(playbook, PlaybookCompiler.compile(playbook));
  }

  /** The playbook this was compiled from. */
  public Playbook playbook() {
    return playbook;
  }

  /** The ids of the channels drafts can be checked for, in playbook order. */
  public List<String> channels() {
    return engine.channels();
  }

  /**
   * Checks a draft.
   *
   * <pre>{@code
   * Verdict v = engine.check(Draft.of("x", "Hi Sam, we guarantee a refund! ^PS"));
   * v.decision();   // REVISE: "guarantee" is banned by no-guarantees
   * }</pre>
   *
   * @throws IllegalArgumentException if the draft's channel is not declared in the playbook; the
   *     message names the channels that are
   */
  public Verdict check(Draft draft) {
    Objects.requireNonNull(draft, "draft");
    return engine.check(draft);
  }

  @Override
  public String toString() {
    return "CompiledPlaybook[" + playbook.metadata().id() + " " + playbook.metadata().version()
        + "]";
  }
}
