package dk.attestkursus.session;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Slide;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A slide's parts are marked for projector type: the figure, its caption and the source. */
class SlideMarkupTest {

    @Test
    void a_paragraph_that_is_only_bold_is_the_figure_and_the_next_one_its_caption() {
        Element body = SlideMarkup.body(new Slide("Auditten", """
                **750**

                anmodninger og LÆ-attester

                Kilde: Kursusvejledningen fra VID"""));

        assertThat(body.select("p.slide-figure").text()).isEqualTo("750");
        assertThat(body.select("p.slide-figure-long")).isEmpty();
        assertThat(body.select("p.slide-caption").text()).isEqualTo("anmodninger og LÆ-attester");
        assertThat(body.select("p.slide-source").text()).isEqualTo("Kilde: Kursusvejledningen fra VID");
        assertThat(body.hasClass("slide-body-figure")).isTrue();
    }

    @Test
    void a_longer_figure_gets_a_smaller_size_and_bold_inside_a_sentence_is_no_figure() {
        Element body = SlideMarkup.body(new Slide("Fagtermer", """
                **5% eller færre**

                Har du flere, så **overvej** en anden attest."""));

        assertThat(body.select("p.slide-figure.slide-figure-long").text()).isEqualTo("5% eller færre");
        assertThat(body.select("p.slide-caption").text()).startsWith("Har du flere");
        assertThat(body.select("p.slide-figure")).hasSize(1);
        assertThat(SlideMarkup.body(new Slide("Formålet", "**signifikant forbedring**"))
                        .select("p.slide-figure")
                        .hasClass("slide-figure-longest"))
                .isTrue();
    }

    @Test
    void a_text_slide_has_no_figure_and_its_html_is_one_element() {
        Slide slide = new Slide("Konkrete spørgsmål", "- Spørg til helbred og funktion\n- Spørg konkret");

        assertThat(SlideMarkup.body(slide).select(".slide-figure")).isEmpty();
        assertThat(SlideMarkup.bodyHtml(slide))
                .startsWith("<div class=\"slide-body slide-body-text\">")
                .endsWith("</div>")
                .contains("<li>Spørg til helbred og funktion</li>");
    }
}
