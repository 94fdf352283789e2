package dev.iamgate.report.junit;

import dev.iamgate.model.Diagnostic;
import dev.iamgate.model.Evaluation;
import dev.iamgate.model.Finding;
import dev.iamgate.model.Outcome;
import dev.iamgate.model.Report;
import dev.iamgate.model.Rule;
import dev.iamgate.model.RuleId;
import dev.iamgate.report.Fingerprints;
import dev.iamgate.report.Invisible;
import dev.iamgate.report.ReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for Jenkins ({@code junit} step) and GitLab test reports, valid against the widely used
 * {@code junit-10.xsd}: one test suite per input; per rule, one test case per finding (a failure; a
 * suppressed one is skipped with its reason) or one passing test case, a skipped one when the rule
 * did not apply or could not decide, and an error when it failed to run. Written with the JDK's
 * StAX writer; times are 0, so reports are identical byte for byte. Values from the input are
 * spelled out where XML 1.0 cannot hold them ({@link Invisible}), line breaks included, so each
 * stays on one line.
 */
public final class JunitWriter implements ReportWriter {
  private static final String PACKAGE = "iamgate.";

  @Override
  public void write(Report report, Writer out) throws IOException {
    StringWriter document = new StringWriter();
    write(report, document);
    // The same XML with '#' as a character reference: printed in a GitHub Actions log, it can
    // never form the runner's old ##[command] syntax.
    out.write(document.toString().replace("#", "&#35;"));
  }

  private static void write(Report report, StringWriter out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "iamgate");
      Counts total = new Counts(0, 0, 0, 0);
      for (Evaluation evaluation : report.evaluations()) {
        total = total.plus(Counts.of(report, evaluation));
      }
      // junit-10.xsd allows no skipped count on <testsuites>.
      xml.writeAttribute("tests", Integer.toString(total.tests()));
      xml.writeAttribute("failures", Integer.toString(total.failures()));
      xml.writeAttribute("errors", Integer.toString(total.errors()));
      xml.writeAttribute("time", "0");
      for (Evaluation evaluation : report.evaluations()) {
        new Suite(report, evaluation, xml).write();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
    }
  }

  /** Test, failure, error and skipped counts. */
  private record Counts(int tests, int failures, int errors, int skipped) {
    static Counts of(Report report, Evaluation evaluation) {
      int tests = 0;
      int failures = 0;
      int skipped = 0;
      for (Map.Entry<RuleId, Outcome> entry : evaluation.outcomes().entrySet()) {
        List<Finding> findings = findingsOf(evaluation, entry.getKey());
        if (findings.isEmpty()) {
          tests++;
          skipped +=
              entry.getValue() == Outcome.NOT_APPLICABLE || entry.getValue() == Outcome.UNDECIDED
                  ? 1
                  : 0;
          continue;
        }
        tests += findings.size();
        int suppressed = (int) findings.stream().filter(Finding::isSuppressed).count();
        skipped += suppressed;
        failures += findings.size() - suppressed;
      }
      int errors = evaluation.errors().size();
      return new Counts(tests + errors, failures, errors, skipped);
    }

    Counts plus(Counts other) {
      return new Counts(
          tests + other.tests,
          failures + other.failures,
          errors + other.errors,
          skipped + other.skipped);
    }

    void writeTo(XMLStreamWriter xml) throws XMLStreamException {
      xml.writeAttribute("tests", Integer.toString(tests));
      xml.writeAttribute("failures", Integer.toString(failures));
      xml.writeAttribute("errors", Integer.toString(errors));
      xml.writeAttribute("skipped", Integer.toString(skipped));
    }
  }

  static List<Finding> findingsOf(Evaluation evaluation, RuleId rule) {
    return evaluation.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  /** One input's test suite. */
  private record Suite(Report report, Evaluation evaluation, XMLStreamWriter xml) {
    void write() throws XMLStreamException {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", Invisible.spellOut(evaluation.input().source().path()));
      Counts.of(report, evaluation).writeTo(xml);
      xml.writeAttribute("time", "0");
      properties();
      for (Diagnostic error : evaluation.errors()) {
        testCase("iamgate", Invisible.spellOut(error.location().toString()));
        element("error", "rule failed to run", Invisible.spellOut(error.message()), "");
        xml.writeEndElement();
      }
      for (Map.Entry<RuleId, Outcome> entry : evaluation.outcomes().entrySet()) {
        rule(report.rule(entry.getKey()), entry.getValue());
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    }

    private void properties() throws XMLStreamException {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("properties");
      property("iamgate.version", report.toolVersion());
      property("iamgate.profile", evaluation.profile().profile().label());
      property("iamgate.fail-on", report.failOn().label());
      xml.writeCharacters("\n    ");
      xml.writeEndElement();
    }

    private void property(String name, String value) throws XMLStreamException {
      xml.writeCharacters("\n      ");
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", name);
      xml.writeAttribute("value", Invisible.spellOut(value));
    }

    private void rule(Rule rule, Outcome outcome) throws XMLStreamException {
      List<Finding> findings = findingsOf(evaluation, rule.id());
      if (findings.isEmpty()) {
        testCase(className(rule), Invisible.spellOut(rule.title()));
        switch (outcome) {
          case NOT_APPLICABLE ->
              element(
                  "skipped",
                  "not applicable to the "
                      + evaluation.profile().profile().label()
                      + " profile: "
                      + evaluation.profile().reason(),
                  "",
                  "");
          case UNDECIDED ->
              element("skipped", "undecided: a value it needs is known only after apply", "", "");
          default -> {}
        }
        xml.writeEndElement();
        return;
      }
      for (Finding finding : findings) {
        finding(rule, finding);
      }
    }

    private void finding(Rule rule, Finding finding) throws XMLStreamException {
      testCase(className(rule), Invisible.spellOut(finding.subject()));
      if (finding.isSuppressed()) {
        var waiver = finding.waiver();
        String until = waiver.until() == null ? "" : " until " + waiver.until();
        element(
            "skipped",
            "suppressed" + until + " at " + waiver.location() + ": " + waiver.reason(),
            "",
            "");
      } else {
        String grade =
            finding.severity().label()
                + (finding.isBlocking(report.failOn())
                    ? ", blocking"
                    : ", below " + report.failOn().label());
        // Every line starts with a label, so no value from the input starts a line.
        String details =
            "\nrule: "
                + rule.id()
                + " "
                + rule.name()
                + " ("
                + grade
                + ")\nresource: "
                + Invisible.spellOut(finding.subject())
                + "\nat: "
                + Invisible.spellOut(finding.location().toString())
                + "\nproblem: "
                + Invisible.spellOut(finding.message())
                + "\nhow to fix: "
                + rule.remediation()
                + "\nfingerprint: "
                + Fingerprints.of(finding)
                + "\n      ";
        element("failure", finding.message(), details, finding.severity().label());
      }
      xml.writeEndElement();
    }

    private void testCase(String className, String name) throws XMLStreamException {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", className);
      xml.writeAttribute("name", name);
      xml.writeAttribute("time", "0");
    }

    /** A child of the open test case: message attribute, optional type and text. */
    private void element(String name, String message, String text, String type)
        throws XMLStreamException {
      xml.writeCharacters("\n      ");
      xml.writeStartElement(name);
      if (!type.isEmpty()) {
        xml.writeAttribute("type", type);
      }
      xml.writeAttribute("message", Invisible.spellOut(message));
      xml.writeCharacters(text);
      xml.writeEndElement();
      xml.writeCharacters("\n    ");
    }

    private static String className(Rule rule) {
      return PACKAGE + rule.id() + " " + rule.name();
    }
  }
}
