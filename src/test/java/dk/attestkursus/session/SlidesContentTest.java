package dk.attestkursus.session;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.ContentLoader;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Myth;
import dk.attestkursus.content.Slide;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The real slide deck in content/slides: the audit's figures are shown as figures, quoted exactly as
 * the course guide states them (the figures the myths quote, and the 750 requests and certificates),
 * each with the course guide as its source.
 */
class SlidesContentTest {

    /** "750 anmodninger og LÆ-attester fra de tre kommuner blev auditeret af to socialmedicinske speciallæger". */
    private static final String AUDIT_SIZE = "750";

    private final Course course = new ContentLoader().load(Path.of("content"));

    private List<Slide> slides() {
        return course.program().blocks().stream()
                .flatMap(b -> b.slides().stream())
                .toList();
    }

    @Test
    void the_audit_figures_are_figures_on_their_slides() {
        List<String> figures = slides().stream()
                .flatMap(s -> SlideMarkup.body(s).select("p.slide-figure").stream())
                .map(Element::text)
                .toList();

        assertThat(figures).contains(AUDIT_SIZE, "under 5%", "5% eller færre", "signifikant forbedring");
    }

    @Test
    void every_figure_is_quoted_exactly_from_the_course_guide_and_names_it_as_its_source() {
        List<String> quoted = Stream.concat(
                        Stream.of(AUDIT_SIZE), course.myths().stream().map(Myth::figure))
                .toList();
        for (Slide slide : slides()) {
            Element body = SlideMarkup.body(slide);
            for (Element figure : body.select("p.slide-figure")) {
                assertThat(quoted).as("figure on '%s'", slide.title()).contains(figure.text());
                assertThat(body.select("p.slide-source").text())
                        .as("source of '%s'", slide.title())
                        .contains("Kursusvejledningen fra VID");
            }
        }
    }

    @Test
    void a_figure_slide_holds_one_figure_one_idea() {
        assertThat(slides())
                .allSatisfy(slide -> assertThat(SlideMarkup.body(slide).select("p.slide-figure"))
                        .as("figures on '%s'", slide.title())
                        .hasSizeLessThanOrEqualTo(1));
    }
}
