/**
 * Version 1 of the playbook DSL ({@code apiVersion: playbook.dev/v1}): its schema, its semantic
 * passes and its binder to the public model.
 *
 * <p><b>How versions evolve.</b> Each DSL version is one {@link dev.playbook.internal.load.DslVersion}
 * registered in {@link dev.playbook.internal.load.DslVersions}; the loader chooses it by the file's
 * {@code apiVersion}, so files written for v1 keep loading, with v1's rules and messages, for as
 * long as v1 is listed. To add {@code playbook.dev/v2}:
 * <ol>
 *   <li>add {@code schemas/playbook-v2.schema.json} (packaged like v1's) and a package
 *       {@code dev.playbook.internal.v2} with a {@code V2} beside {@link dev.playbook.internal.v1.V1};
 *   <li>give {@code V2} the passes that apply to its shape (reuse v1's where the sections are the
 *       same, write new ones where they differ);
 *   <li>bind v2 to the same model. The simplest way is a converter that rewrites a valid v2 tree into
 *       the v1 tree shape and hands it to {@link dev.playbook.internal.v1.V1Binder}; where v2 says
 *       something v1 cannot, extend the model compatibly (a new optional field or a new record with a
 *       default for v1 files) rather than changing what v1 files mean;
 *   <li>register it in {@code DslVersions}, after v1.
 * </ol>
 * Callers see one model whatever version a file was written in; {@link
 * dev.playbook.model.Playbook#apiVersion()} says which it was.
 */
package dev.playbook.internal.v1;
