package dev.playbook.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.validator.consumers.SurefireSchema;
import java.io.StringReader;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The JUnit XML is valid against Surefire's own schema, parses with the JDK's parser, and its counts
 * agree with its contents.
 */
class JUnitReporterTest {

  @Test
  void everyScenarioIsValidAgainstSurefiresSchema() throws Exception {
    for (Map.Entry<String, Report> scenario : Scenarios.all().entrySet()) {
      String xml = ReporterContractTest.render(new JUnitReporter(), scenario.getValue());
      assertThat(SurefireSchema.problems(xml)).as(scenario.getKey()).isEmpty();
    }
  }

  @Test
  void surefiresSchemaRejectsWhatItShould() {
    // A consumer that accepted anything would prove nothing.
    assertThat(SurefireSchema.problems("<testsuite name=\"x\"/>")).isNotEmpty();
    assertThat(SurefireSchema.problems("<testsuites/>")).isNotEmpty();
  }

  @Test
  void everyScenarioParsesAndCountsAgree() throws Exception {
    for (Map.Entry<String, Report> scenario : Scenarios.all().entrySet()) {
      Report report = scenario.getValue();
      Element suite = parse(report).getDocumentElement();
      assertThat(suite.getTagName()).as(scenario.getKey()).isEqualTo("testsuite");
      NodeList cases = suite.getElementsByTagName("testcase");
      assertThat(cases.getLength()).isEqualTo(report.files().size())
          .isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
      int failedCases = 0;
      for (int i = 0; i < cases.getLength(); i++) {
        Element testCase = (Element) cases.item(i);
        FileResult file = report.files().get(i);
        assertThat(testCase.getAttribute("name")).isEqualTo(file.file());
        int failures = testCase.getElementsByTagName("failure").getLength();
        assertThat(failures).isEqualTo(file.errorCount());
        assertThat(testCase.getElementsByTagName("system-out").getLength())
            .isEqualTo(file.warningCount() > 0 ? 1 : 0);
        failedCases += failures > 0 ? 1 : 0;
      }
      assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(failedCases);
    }
  }

  @Test
  void specialCharactersSurviveTheRoundTrip() throws Exception {
    Document document = parse(Scenarios.all().get("special-characters"));
    Element testCase = (Element) document.getElementsByTagName("testcase").item(0);
    assertThat(testCase.getAttribute("name")).isEqualTo(Scenarios.SPECIAL_FILE);
    Element failure = (Element) testCase.getElementsByTagName("failure").item(0);
    // A literal line break in an attribute would come back as a space; it must come back intact.
    assertThat(failure.getAttribute("message"))
        .isEqualTo(Scenarios.SPECIAL_MESSAGE + " (" + Scenarios.SPECIAL_HINT + ")");
    assertThat(failure.getTextContent()).endsWith(Scenarios.SPECIAL_MESSAGE + " (" + Scenarios.SPECIAL_HINT + ")");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plain text       | plain text",
      "a & b < c > d \" | a &amp; b &lt; c &gt; d &quot;",
      "tab\there        | tab&#9;here",
      "bell\u0007!      | bell\uFFFD!",
      "nul\u0000!       | nul\uFFFD!",
      "emoji 🙂         | emoji 🙂",
  })
  void escapesWhatXmlCannotCarry(String text, String escaped) {
    assertThat(JUnitReporter.escape(text)).isEqualTo(escaped);
  }

  private static Document parse(Report report) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new InputSource(new StringReader(ReporterContractTest.render(new JUnitReporter(), report))));
  }
}
