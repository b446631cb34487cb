package dk.attestkursus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet parses: every block it opens it closes, in order. One lost "}" (a merge) silently
 * turned every rule after it into nothing, and the phone layout with it.
 */
class StylesheetTest {

    @Test
    void every_block_of_the_stylesheet_is_closed_in_order() throws Exception {
        String css = Files.readString(Path.of("frontend", "styles", "attestkursus.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        Deque<Boolean> open = new ArrayDeque<>(); // per open block: is it an at-rule (@media) that holds rules?
        StringBuilder prelude = new StringBuilder();
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                boolean atRule = prelude.toString().strip().startsWith("@");
                assertThat(open.isEmpty() || open.peek())
                        .as("a rule opened inside a rule near line %d (of the text without comments): a lost '}'", line)
                        .isTrue();
                open.push(atRule);
                prelude.setLength(0);
            } else if (c == '}') {
                assertThat(open).as("a '}' without its '{' near line %d", line).isNotEmpty();
                open.pop();
                prelude.setLength(0);
            } else if (c == ';') {
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
        }
        int depth = open.size();
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
