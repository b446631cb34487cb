package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Every PDF embeds its fonts and keeps Danish letters; landscape pages are wider than tall. */
class PdfTest {

    private static final String DANISH = "Æble, øl og å – ’citat’ – LÆ 265";

    private static byte[] render(boolean landscape) {
        Document doc = Pdf.newDocument("Prøve", Pdf.baseCss(landscape));
        doc.body().appendElement("h1").text("Overskrift med æøå");
        doc.body().appendElement("p").text(DANISH);
        doc.body().appendElement("p").appendElement("strong").text("Fed tekst");
        return Pdf.render(doc);
    }

    @Test
    void danish_text_comes_out_exactly() throws Exception {
        PdfReader reader = new PdfReader(render(false));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text.lines().map(String::strip)).contains(DANISH, "Overskrift med æøå", "Fed tekst");
    }

    @Test
    void typed_markup_prints_as_the_characters_it_is() throws Exception {
        Document doc = Pdf.newDocument("<b>Titel</b>", Pdf.baseCss(false));
        doc.body().appendElement("p").text("<script>alert('x')</script> & <i>ikke kursiv</i>");
        Element table = doc.body().appendElement("table");
        table.appendElement("tr").appendElement("th").text("Navn");
        table.appendElement("tr").appendElement("td").text("Søren <Ørsted>");
        doc.body().appendElement("p").addClass("page-break").text("Side to");
        PdfReader reader = new PdfReader(Pdf.render(doc));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(extractor.getTextFromPage(1))
                .contains("<script>alert('x')</script> & <i>ikke kursiv</i>")
                .contains("Søren <Ørsted>");
        assertThat(extractor.getTextFromPage(2)).contains("Side to");
    }

    @Test
    void every_font_is_liberation_sans_and_embedded() throws Exception {
        PdfReader reader = new PdfReader(render(false));
        List<String> fonts = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary fontDict =
                    reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            assertThat(fontDict).isNotNull();
            for (PdfName key : fontDict.getKeys()) {
                PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fontDict.get(key));
                String name = font.getAsName(PdfName.BASEFONT).toString();
                fonts.add(name);
                PdfDictionary descriptor = descriptor(font);
                assertThat(descriptor).as("font descriptor of %s", name).isNotNull();
                boolean embedded = descriptor.get(PdfName.FONTFILE2) != null
                        || descriptor.get(PdfName.FONTFILE) != null
                        || descriptor.get(PdfName.FONTFILE3) != null;
                assertThat(embedded).as("%s embedded", name).isTrue();
            }
        }
        assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("Liberation"));
        assertThat(fonts).anyMatch(name -> name.contains("Bold"));
    }

    /** The descriptor of a simple font, or of a Type 0 font's descendant. */
    private static @Nullable PdfDictionary descriptor(PdfDictionary font) {
        PdfDictionary direct = font.getAsDict(PdfName.FONTDESCRIPTOR);
        if (direct != null) {
            return direct;
        }
        PdfObject descendants = PdfReader.getPdfObject(font.get(PdfName.DESCENDANTFONTS));
        if (descendants instanceof PdfArray array && !array.isEmpty()) {
            PdfDictionary child = (PdfDictionary) PdfReader.getPdfObject(array.getPdfObject(0));
            return child.getAsDict(PdfName.FONTDESCRIPTOR);
        }
        return null;
    }

    @Test
    void landscape_pages_are_wider_than_tall_and_portrait_the_other_way() throws Exception {
        Rectangle landscape = new PdfReader(render(true)).getPageSize(1);
        Rectangle portrait = new PdfReader(render(false)).getPageSize(1);
        assertThat(landscape.getWidth()).isGreaterThan(landscape.getHeight());
        assertThat(portrait.getWidth()).isLessThan(portrait.getHeight());
    }
}
