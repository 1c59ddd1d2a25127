package dev.playbook.internal.load;

import dev.playbook.internal.validate.ModelPass;
import dev.playbook.internal.validate.SchemaValidator;
import dev.playbook.internal.validate.SemanticPass;
import dev.playbook.model.Playbook;
import java.util.List;

/**
 * One version of the playbook DSL, chosen by a file's {@code apiVersion}: how to validate a tree
 * written in it and how to turn a valid tree into the model. See {@code dev.playbook.internal.v1}.
 */
public interface DslVersion {

  /** The {@code apiVersion} value that selects this version, such as {@code playbook.dev/v1}. */
  String apiVersion();

  /** The schema of this version. */
  SchemaValidator schema();

  /** The semantic passes, in the order they run. */
  List<SemanticPass> passes();

  /** The passes that run on the bound model, in order, after binding. */
  List<ModelPass> modelPasses();

  /**
   * The model of a document that passed {@link #schema()} and {@link #passes()} without errors.
   *
   * @param source where the document came from
   */
  Playbook bind(YamlDocument document, Playbook.Source source);
}
