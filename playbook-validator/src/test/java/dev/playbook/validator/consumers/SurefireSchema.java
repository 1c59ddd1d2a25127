package dev.playbook.validator.consumers;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Maven Surefire's own XML Schema of the JUnit XML it writes (vendored beside this class's tests as
 * {@code consumers/surefire-test-report.xsd}), applied with the JDK's schema validator. Jenkins,
 * GitLab and the other CI servers that read JUnit XML read what Surefire writes, so a report this
 * schema accepts is one they accept.
 */
public final class SurefireSchema {

  private static final String XSD = "/consumers/surefire-test-report.xsd";

  private SurefireSchema() {}

  /**
   * Every problem the schema finds in {@code xml}, as {@code line:col: message}; empty if it is valid.
   *
   * @param xml the JUnit XML document
   */
  public static List<String> problems(String xml) {
    List<String> problems = new ArrayList<>();
    Validator validator = schema().newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // Warnings are not failures for any JUnit reader.
        }

        @Override
        public void error(SAXParseException e) {
          problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
          error(e);
        }
      });
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      // Reported through the handler already when it is a parse error; anything else is a new problem.
      if (problems.isEmpty()) {
        problems.add(e.getMessage());
      }
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
    return List.copyOf(problems);
  }

  private static Schema schema() {
    URL xsd = SurefireSchema.class.getResource(XSD);
    if (xsd == null) {
      throw new IllegalStateException(XSD + " is missing from the test classpath");
    }
    try (InputStream in = xsd.openStream()) {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(in, xsd.toString()));
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("cannot read " + XSD + ": " + e.getMessage(), e);
    }
  }
}
