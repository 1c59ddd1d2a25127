package dev.playbook.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locked text in a template body: the parts between {@code {{#locked}}} and {@code {{/locked}}}
 * that agents must not edit. Markers are removed when a body is rendered; the text between them
 * is kept as written.
 */
public final class LockedText {

  /** A locked-text marker, opening or closing; spaces inside the braces allowed. */
  public static final Pattern MARKER = Pattern.compile("\\{\\{\\s*([#/])locked\\s*}}");

  private LockedText() {}

  /** Whether {@code name}, as written between braces, is a marker rather than a variable. */
  public static boolean isMarker(String name) {
    return name.equals("#locked") || name.equals("/locked");
  }

  /**
   * What is wrong with the markers of a body, if anything: unbalanced, nested, empty, or a
   * placeholder inside a locked part (its value would differ from reply to reply, so it cannot be
   * compared).
   */
  public static Optional<String> problem(String body) {
    Matcher m = MARKER.matcher(body);
    int open = -1;
    while (m.find()) {
      boolean opening = m.group(1).equals("#");
      if (opening && open >= 0) {
        return Optional.of("a locked part opens inside another");
      }
      if (!opening && open < 0) {
        return Optional.of("{{/locked}} closes nothing");
      }
      if (opening) {
        open = m.end();
        continue;
      }
      String part = body.substring(open, m.start());
      if (normalise(part).isEmpty()) {
        return Optional.of("a locked part is empty");
      }
      if (part.contains("{{")) {
        return Optional.of("a locked part contains a placeholder; locked text must be fixed text");
      }
      open = -1;
    }
    return open >= 0 ? Optional.of("{{#locked}} is never closed")
        : Optional.empty();
  }

  /** The locked parts of a body with well-formed markers, as written, in order. */
  public static List<String> parts(String body) {
    List<String> parts = new ArrayList<>();
    Matcher m = MARKER.matcher(body);
    int open = -1;
    while (m.find()) {
      if (m.group(1).equals("#")) {
        open = m.end();
      } else if (open >= 0) {
        parts.add(body.substring(open, m.start()).strip());
        open = -1;
      }
    }
    return parts;
  }

  /** The body without its markers. */
  public static String strip(String body) {
    return MARKER.matcher(body).replaceAll("");
  }

  /**
   * Text as locked text is compared: every run of white space (including no-break spaces) is one
   * space, none at either end. Case, punctuation and letters count.
   */
  public static String normalise(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
