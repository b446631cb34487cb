package dk.attestkursus.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The objectives' drawings: each has one with words for it, and a drawing that could act is refused. */
class IllustrationsTest {

    private static final Path FILE = Path.of("content/course.yml");

    @Test
    void every_objective_of_the_course_has_a_drawing_with_a_text_alternative() {
        Course course = new ContentLoader().load(Path.of("content"));
        assertThat(course.objectives()).allSatisfy(o -> {
            assertThat(o.picture()).as(o.key()).isPresent();
            assertThat(o.picture().orElseThrow().alt()).isNotBlank();
            assertThat(o.picture().orElseThrow().svg())
                    .startsWith("<svg")
                    .contains("aria-hidden=\"true\"")
                    .doesNotContain("<title>");
        });
    }

    @Test
    void script_event_handlers_links_and_embedded_documents_are_refused_naming_file_and_line() {
        for (String bad : new String[] {
            "<svg><script>alert(1)</script></svg>",
            "<svg><rect onclick=\"x()\"/></svg>",
            "<svg><a href=\"https://x\"><rect/></a></svg>",
            "<svg><foreignObject><p>x</p></foreignObject></svg>",
            "<svg><image href=\"https://x/y.png\"/></svg>",
            "<html><body>no drawing</body></html>"
        }) {
            assertThatThrownBy(() -> Illustrations.checked(bad, FILE, 7, "illustrations/x.svg"))
                    .as(bad)
                    .isInstanceOfSatisfying(ContentException.class, e -> {
                        assertThat(e.file()).isEqualTo(FILE);
                        assertThat(e.line()).isEqualTo(7);
                    });
        }
        assertThat(Illustrations.checked(
                        "<svg viewBox=\"0 0 10 10\"><title>T</title><rect width=\"5\" height=\"5\"/></svg>",
                        FILE,
                        7,
                        "ok.svg"))
                .contains("<rect")
                .doesNotContain("<title>");
    }
}
