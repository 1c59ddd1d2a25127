package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in detectors find exactly what their plain definition finds, however they narrow
 * down where to look.
 */
class DetectorsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "see https://t.co/AbC1d2 and www.northbank.com/help.", "mail me at a.b@northbank.com",
      "x northbank.co.uk/a?b=1#c) end", "e.g. file.txt", "bit.ly\tt.co\nwww.x\rftp://a\fb.io",
      "@t.co user@host.com/path", "(https://x.org/a_b), \"www.y.com\"", "a.b.c.d.com.", "",
      "HTTPS://T.CO/ABC", "ｗｗｗ.example.com", "visit\u00A0northbank.com now", "x.co.ukk x.cob",
      "https://", "www.", ".com", "a..com", "-a.com a-.com 1.io _x.io", "https://t.co/a\"b c",
      "www.x<y", "ftp://' http://x\u000By https://\ud83d\ude00 www.. www.a.com>b http:/x.com"})
  void linksAreWhatTheWholeTextRegexFinds(String text) {
    assertSameLinks(text);
  }

  @Test
  void linksInRandomTextAreWhatTheWholeTextRegexFinds() {
    String[] parts = {"a", "b", "z", "0", "9", ".", ".", "/", ":", "://", "www", "http", "https",
        "ftp", "com", "co", "uk", "io", "-", "_", "@", "?", "#", "\"", "'", "<", ">", ")", ",",
        " ", " ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "é", "\u200B", "t.co/x1",
        "https://", "http://", "ftp://", "www."};
    Random random = new Random(20261201);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int k = 0; k < length; k++) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      assertSameLinks(text.toString());
    }
  }

  private static void assertSameLinks(String original) {
    NormalizedText text = NormalizedText.of(original);
    Spans emails = new Spans(1);
    Detectors.emails(text, emails);
    Spans found = new Spans(1);
    List<String> hosts = new ArrayList<>();
    Detectors.urls(text, emails, found, hosts);

    Spans expected = new Spans(1);
    List<String> expectedHosts = new ArrayList<>();
    String folded = text.folded();
    Matcher m = Detectors.URL.matcher(folded);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      while (end > start && ".,;:!?)]}'\"".indexOf(folded.charAt(end - 1)) >= 0) {
        end--;
      }
      if (start > 0 && folded.charAt(start - 1) == '@') {
        continue;
      }
      int os = text.originalStartOf(start);
      int oe = text.originalEndOf(end);
      if (emails.overlaps(os, oe)) {
        continue;
      }
      expected.add(os, oe);
      String url = folded.substring(start, end);
      int from = url.indexOf("://") < 0 ? 0 : url.indexOf("://") + 3;
      int to = from;
      while (to < url.length() && "/?#:".indexOf(url.charAt(to)) < 0) {
        to++;
      }
      String host = url.substring(from, to);
      expectedHosts.add(host.substring(host.lastIndexOf('@') + 1));
    }
    assertThat(spans(found)).as("links in \"%s\"", original).isEqualTo(spans(expected));
    assertThat(hosts).as("hosts in \"%s\"", original).isEqualTo(expectedHosts);
  }

  private static List<String> spans(Spans spans) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      out.add(spans.start(i) + "-" + spans.end(i));
    }
    return out;
  }
}
