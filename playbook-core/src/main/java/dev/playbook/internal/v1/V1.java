package dev.playbook.internal.v1;

import dev.playbook.internal.load.DslVersion;
import dev.playbook.internal.load.YamlDocument;
import dev.playbook.internal.validate.ContradictionsPass;
import dev.playbook.internal.validate.DatesPass;
import dev.playbook.internal.validate.DurationsPass;
import dev.playbook.internal.validate.ExceptionsPass;
import dev.playbook.internal.validate.IneffectivePropertiesPass;
import dev.playbook.internal.validate.ModelPass;
import dev.playbook.internal.validate.LifecyclePass;
import dev.playbook.internal.validate.LocalesPass;
import dev.playbook.internal.validate.PatternsPass;
import dev.playbook.internal.validate.PersonalDataKindsPass;
import dev.playbook.internal.validate.PhoneRegionPass;
import dev.playbook.internal.validate.PublishedContactsPass;
import dev.playbook.internal.validate.ReferencesPass;
import dev.playbook.internal.validate.SchemaValidator;
import dev.playbook.internal.validate.SemanticPass;
import dev.playbook.internal.validate.TemplateCompliancePass;
import dev.playbook.internal.validate.TemplatePlaceholdersPass;
import dev.playbook.internal.validate.UniqueIdsPass;
import dev.playbook.internal.validate.VersionPass;
import dev.playbook.model.Playbook;
import java.util.List;

/** DSL version {@code playbook.dev/v1}. Stateless and thread-safe. */
public final class V1 implements DslVersion {

  /** The one instance. */
  public static final V1 INSTANCE = new V1();

  /** Where the v1 schema is on the classpath. */
  public static final String SCHEMA_RESOURCE = "dev/playbook/schemas/playbook-v1.schema.json";

  private static final List<SemanticPass> PASSES = List.of(
      new UniqueIdsPass(),
      new ReferencesPass(),
      new PersonalDataKindsPass(),
      new PhoneRegionPass(),
      new PublishedContactsPass(),
      new TemplatePlaceholdersPass(),
      new PatternsPass(),
      new DurationsPass(),
      new VersionPass(),
      new DatesPass(),
      new LocalesPass(),
      new IneffectivePropertiesPass(),
      new ContradictionsPass(),
      new LifecyclePass());

  private static final List<ModelPass> MODEL_PASSES =
      List.of(new ExceptionsPass(), new TemplateCompliancePass());

  private V1() {}

  /** Loaded on first use: parsing the schema takes a few milliseconds that a caller may never need. */
  private static final class Schema {
    static final SchemaValidator VALIDATOR = SchemaValidator.fromClasspath(SCHEMA_RESOURCE);
  }

  @Override
  public String apiVersion() {
    return "playbook.dev/v1";
  }

  @Override
  public SchemaValidator schema() {
    return Schema.VALIDATOR;
  }

  @Override
  public List<SemanticPass> passes() {
    return PASSES;
  }

  @Override
  public List<ModelPass> modelPasses() {
    return MODEL_PASSES;
  }

  @Override
  public Playbook bind(YamlDocument document, Playbook.Source source) {
    return new V1Binder(document).bind(apiVersion(), source);
  }
}
