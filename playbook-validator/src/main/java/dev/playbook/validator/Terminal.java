package dev.playbook.validator;

/**
 * What the command needs to know about where its output goes, detected once in {@link Main#main}
 * and passed in, so tests can choose.
 *
 * @param interactive whether standard output is a terminal
 * @param noColor whether the user asked for no colour (the {@code NO_COLOR} convention)
 */
record Terminal(boolean interactive, boolean noColor) {

  /** Output that is neither a terminal nor coloured: a pipe, a file, a test. */
  static final Terminal PLAIN = new Terminal(false, false);

  /** The real terminal of this process. */
  static Terminal detect() {
    String noColor = System.getenv("NO_COLOR");
    return new Terminal(System.console() != null, noColor != null && !noColor.isEmpty());
  }

  /** Whether {@code --color=auto} means colour. */
  boolean colour() {
    return interactive && !noColor;
  }
}
