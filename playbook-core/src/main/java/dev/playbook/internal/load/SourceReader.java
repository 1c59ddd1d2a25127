package dev.playbook.internal.load;

import dev.playbook.LoadLimits;
import dev.playbook.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a file's bytes into text: within the size limit, strict UTF-8 (a byte-order mark is
 * allowed and dropped), no binary content, not blank.
 */
public final class SourceReader {

  private SourceReader() {}

  /** The text of {@code bytes}, or empty after reporting why there is none. */
  public static Optional<String> decode(byte[] bytes, String file, LoadLimits limits, Problems problems) {
    if (!withinLimit(bytes.length, file, limits, problems)) {
      return Optional.empty();
    }
    int start = hasBom(bytes) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      problems.reportWithHint(Code.PB003, new SourceLocation(file, lineAt(bytes, offset), 1), "",
          "save the file as UTF-8",
          String.format(Locale.ROOT, "byte 0x%02X at offset %d is not valid UTF-8", bytes[offset] & 0xFF, offset));
      return Optional.empty();
    }
    decoder.flush(out);
    String text = out.flip().toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        problems.reportWithHint(Code.PB003, new SourceLocation(file, lineAt(text, i), 1), "",
            "this looks like a binary file, not a playbook",
            String.format(Locale.ROOT, "it contains the control character U+%04X", (int) c));
        return Optional.empty();
      }
    }
    return Optional.of(text);
  }

  /** Whether a file of {@code size} bytes is within the limit, reporting it if not. */
  public static boolean withinLimit(long size, String file, LoadLimits limits, Problems problems) {
    if (size <= limits.maxFileBytes()) {
      return true;
    }
    problems.reportWithHint(Code.PB002, SourceLocation.ofFile(file), "",
        "a playbook is usually a few dozen KiB; check this is the right file, or raise LoadLimits.maxFileBytes",
        size, limits.maxFileBytes());
    return false;
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
