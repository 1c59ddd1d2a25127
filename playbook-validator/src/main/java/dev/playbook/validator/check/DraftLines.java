package dev.playbook.validator.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.Draft;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * Drafts in JSON Lines, as {@code check --batch} and {@code backtest} read them: one JSON object per
 * line with {@code draft} (or {@code reply}) and optionally {@code inbound}, {@code channel},
 * {@code locale}, {@code customerName}, {@code template} and {@code id}; other fields are ignored.
 *
 * <p>Every method is thread-safe except {@link Reader}, which belongs to one thread.
 */
public final class DraftLines {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private DraftLines() {}

  /**
   * Decodes one line as strict UTF-8, dropping a byte order mark at the start of the first line.
   *
   * @throws Invalid if the bytes are not UTF-8
   */
  public static String decode(byte[] bytes, boolean first) throws Invalid {
    try {
      String line = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return first && line.startsWith("\uFEFF") ? line.substring(1) : line;
    } catch (CharacterCodingException e) {
      throw new Invalid("not UTF-8");
    }
  }

  /**
   * Parses one line as a JSON object.
   *
   * @throws Invalid if it is not JSON, or not an object
   */
  public static JsonNode parse(String line) throws Invalid {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new Invalid("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new Invalid("not a JSON object");
    }
    return node;
  }

  /**
   * The draft a line describes. Whether the playbook declares its channel is for the caller to say.
   *
   * @param node the line's object
   * @param defaultChannel the channel for a line without a {@code channel} field
   * @param clock the clock the draft is checked by
   * @throws Invalid if a field has the wrong type, the draft or the channel is missing, or the
   *     locale is not a language tag
   */
  public static Draft draft(JsonNode node, Optional<String> defaultChannel, Clock clock)
      throws Invalid {
    String text = text(node, "draft");
    String reply = text(node, "reply");
    if (text != null && reply != null) {
      throw new Invalid("both \"draft\" and \"reply\" given; give one");
    }
    if (text == null && reply == null) {
      throw new Invalid("no draft: give the draft text as \"draft\" or \"reply\"");
    }
    String channel = Optional.ofNullable(text(node, "channel")).or(() -> defaultChannel)
        .orElseThrow(() -> new Invalid("no channel: give a \"channel\" field or --channel"));
    Draft.Builder draft = Draft.builder(channel, text != null ? text : reply).clock(clock);
    Optional.ofNullable(text(node, "inbound")).ifPresent(draft::inbound);
    Optional.ofNullable(text(node, "customerName")).ifPresent(draft::customerName);
    Optional.ofNullable(text(node, "template")).ifPresent(draft::template);
    String locale = text(node, "locale");
    if (locale != null) {
      try {
        draft.locale(new Locale.Builder().setLanguageTag(locale).build());
      } catch (IllformedLocaleException e) {
        throw new Invalid("\"locale\" is not a language tag such as en-GB: '" + locale + "'");
      }
    }
    return draft.build();
  }

  /** A field that must be a string when present; {@code null} when absent or JSON null. */
  private static String text(JsonNode node, String field) throws Invalid {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new Invalid("\"" + field + "\" must be a string, not " + value.getNodeType().name()
          .toLowerCase(Locale.ROOT));
    }
    return value.textValue();
  }

  /** Why a line cannot be checked, in words for the report ("not JSON: ..."). */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param reason why, in a few words */
    public Invalid(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Reads lines as bytes, so one line that is not UTF-8 is skipped and the next still read. A line
   * ends at {@code \n}; a {@code \r} before it is dropped. A line longer than the limit is read
   * past, not kept, so one runaway line cannot exhaust memory: {@link #tooLong()} says so.
   *
   * <p>Not thread-safe: one reader per stream.
   */
  public static final class Reader {

    /** The longest line kept, in bytes: far above any reply, far below any memory limit. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private long number;
    private boolean tooLong;
    private boolean done;

    /** @param in the stream, read in blocks; the caller closes it */
    public Reader(InputStream in) {
      this.in = in;
    }

    /**
     * The next line without its line break, or {@code null} at the end. For a line longer than
     * {@link #MAX_LINE_BYTES} it returns an empty array and {@link #tooLong()} is true.
     *
     * @throws IOException if the stream cannot be read
     */
    public byte[] next() throws IOException {
      if (done) {
        return null;
      }
      int length = 0;
      tooLong = false;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            done = true;
            if (!any) {
              return null;
            }
            break;
          }
        }
        any = true;
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        int end = position;
        length = append(length, start, end);
        if (position < limit) {
          position++;
          break;
        }
      }
      number++;
      if (tooLong) {
        return new byte[0];
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return Arrays.copyOf(line, length);
    }

    private int append(int length, int start, int end) {
      int count = end - start;
      if (tooLong || length + count > MAX_LINE_BYTES) {
        tooLong = true;
        return length;
      }
      if (length + count > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
      }
      System.arraycopy(buffer, start, line, length, count);
      return length + count;
    }

    /** The 1-based number of the line {@link #next()} returned last. */
    public long number() {
      return number;
    }

    /** Whether the line {@link #next()} returned last was longer than {@link #MAX_LINE_BYTES}. */
    public boolean tooLong() {
      return tooLong;
    }
  }
}
