package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.testsupport.AccessiblePdf;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * Every PDF from {@link Pdf#render} has its language, its title shown by the viewer and in XMP, and
 * addresses as links (decision 027). Read back with PDFBox ({@link AccessiblePdf}).
 */
class PdfAccessibilityTest {

    private static byte[] render(Document doc) {
        doc.body().appendElement("h1").text("Overskrift");
        doc.body().appendElement("p").text("Brødtekst med æøå.");
        return Pdf.render(doc);
    }

    @Test
    void a_danish_pdf_has_its_language_its_title_shown_and_xmp_metadata() {
        byte[] pdf = render(Pdf.newDocument("Fremmødeliste – Hold Århus", Pdf.baseCss(false)));

        AccessiblePdf.assertAccessible(pdf, "Fremmødeliste – Hold Århus", "da-DK");
    }

    @Test
    void the_language_follows_the_locale_it_is_made_in() {
        byte[] english = render(Pdf.newDocument("Course results", Pdf.baseCss(false), AppI18NProvider.ENGLISH));
        byte[] danish = render(Pdf.newDocument("Resultater", Pdf.baseCss(false), AppI18NProvider.DANISH));

        AccessiblePdf.assertAccessible(english, "Course results", "en");
        AccessiblePdf.assertAccessible(danish, "Resultater", "da-DK");
    }

    @Test
    void a_title_with_markup_characters_stays_the_characters_it_is_in_the_xmp() {
        String typed = "<b>Hold</b> & \"Ærø\" 'syd'";
        byte[] pdf = render(Pdf.newDocument(typed, Pdf.baseCss(true)));

        AccessiblePdf.assertAccessible(pdf, typed, "da-DK");
    }

    @Test
    void a_pdf_without_a_title_is_refused() {
        assertThatThrownBy(() -> Pdf.newDocument(" ", Pdf.baseCss(false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title");
    }

    @Test
    void a_word_in_bold_or_a_link_inside_a_sentence_keeps_its_place_in_the_text() throws Exception {
        Document doc = Pdf.newDocument("Rækkefølge", Pdf.baseCss(false));
        Element p = doc.body().appendElement("p").appendText("Før ");
        p.appendElement("strong").text("fed");
        p.appendText(" midt ");
        p.appendElement("em").appendText("kursiv ").appendElement("strong").text("indeni");
        p.appendText(" efter.");
        Element li = doc.body().appendElement("ul").appendElement("li").appendText("Punkt ");
        Pdf.appendLink(li.appendElement("span"), "https://kilde.example.dk", "kilden");
        li.appendText(" til sidst.");

        String text = new PdfTextExtractor(new PdfReader(Pdf.render(doc))).getTextFromPage(1);

        assertThat(text.replaceAll("\\s+", " "))
                .contains("Før fed midt kursiv indeni efter.", "Punkt kilden til sidst.");
    }

    @Test
    void web_addresses_become_link_annotations_and_anything_else_stays_text() throws Exception {
        Document doc = Pdf.newDocument("Links", Pdf.baseCss(false));
        Pdf.appendLink(doc.body().appendElement("p"), "https://meet.example.dk/hold-7");
        Pdf.appendLink(doc.body().appendElement("p"), "javascript:alert(1)");
        Pdf.appendLink(doc.body().appendElement("p"), "Mødelokale 2");
        Element sentence = doc.body().appendElement("p");
        Pdf.appendWithLink(sentence, "Se " + Pdf.ADDRESS + " i dag.", "http://kursus.example.dk/bevis/AB12");

        byte[] pdf = Pdf.render(doc);

        assertThat(AccessiblePdf.read(pdf).linkAddresses())
                .containsExactly("https://meet.example.dk/hold-7", "http://kursus.example.dk/bevis/AB12");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text)
                .contains(
                        "https://meet.example.dk/hold-7",
                        "javascript:alert(1)",
                        "Mødelokale 2",
                        "Se http://kursus.example.dk/bevis/AB12 i dag.");
    }
}
