package dev.playbook.internal.load;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * A Jackson YAML parser that also shows the SnakeYAML event behind the current token. Jackson hides
 * what a playbook must refuse: anchors on scalars, explicit tags on keys, whether {@code <<} was
 * quoted, and where a second document starts (it reads several documents as one stream).
 */
final class ObservingYamlParser extends YAMLParser {

  private Event current;
  private int documents;
  private Mark secondDocument;

  private ObservingYamlParser(
      IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader reader) {
    super(context, features, yamlFeatures, options, codec, reader);
  }

  /** The event that produced the current token. */
  Event event() {
    return current;
  }

  /** Where the second document starts, if one has been reached. */
  Mark secondDocument() {
    return secondDocument;
  }

  @Override
  protected Event getEvent() throws IOException {
    Event event = super.getEvent();
    if (event instanceof DocumentStartEvent && ++documents == 2) {
      secondDocument = event.getStartMark();
    }
    current = event;
    return event;
  }

  /** A factory whose parsers are {@link ObservingYamlParser}s. */
  static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new ObservingYamlParser(
          context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }
  }
}
