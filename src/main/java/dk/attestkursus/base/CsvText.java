package dk.attestkursus.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The text of an uploaded CSV file as people actually make them: Danish Excel (semicolons,
 * windows-1252), UTF-8 with or without a byte order mark, UTF-16 "Unicode text" (tabs), comma files;
 * any line ending. Used by every import (participants, data extracts).
 */
public final class CsvText {

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line:? (\\d(?:[,.'\\u00A0\\u202F\\u2019]?\\d)*)");

    private CsvText() {}

    /**
     * UTF-8 (a byte order mark is dropped); UTF-16 when it starts with its byte order mark (Excel's
     * "Unicode text"); otherwise, when the bytes are not valid UTF-8, windows-1252 as Danish Excel writes.
     */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return stripBom(new String(bytes, StandardCharsets.UTF_16));
        }
        try {
            return stripBom(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return stripBom(new String(bytes, Charset.forName("windows-1252")));
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Every line break as {@code \n}, so that counting them gives physical lines whatever the file used. */
    public static String normalizeLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The delimiter the header line uses most, outside quotes: semicolon (Danish Excel), tab or
     * comma; semicolon when the line has none.
     */
    public static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\n') {
                if (content) {
                    break;
                }
            } else if (c == ';') {
                semicolons++;
            } else if (c == ',') {
                commas++;
            } else if (c == '\t') {
                tabs++;
            }
            if (c != '\n' && !Character.isWhitespace(c)) {
                content = true;
            }
        }
        if (semicolons >= commas && semicolons >= tabs) {
            return ';';
        }
        return tabs >= commas ? '\t' : ',';
    }

    public static int lineInMessage(Exception e) {
        // commons-csv says "(startline 3) EOF reached before ..." or "... at line: 4, position: 15",
        // the number formatted with grouping in the default locale.
        var m = LINE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return 1;
        }
        String digits = m.group(1).replaceAll("\\D", "");
        return digits.length() > 9 ? 1 : Integer.parseInt(digits);
    }

    /** Physical line numbers from character positions, for positions that only increase. */
    public static final class LineCounter {

        private final String text;
        private int position;
        private int line = 1;

        public LineCounter(String text) {
            this.text = text;
        }

        public int lineAt(long characterPosition) {
            int target = (int) Math.min(characterPosition, text.length());
            for (; position < target; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
