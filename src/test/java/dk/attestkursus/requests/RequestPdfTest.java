package dk.attestkursus.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.content.Writing;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.testsupport.AccessiblePdf;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The PDF carries the request and its feedback, Danish letters intact, typed markup as text. */
public class RequestPdfTest {

    static final Writing.Rubric RUBRIC = new Writing.Rubric(
            List.of(0, 1, 2),
            List.of(new Writing.Criterion(
                    "purpose",
                    "Formål",
                    "Er formålet beskrevet?",
                    List.of("Nej", "Delvist", "Ja, tydeligt"),
                    "l",
                    List.of("k"))));

    /** The text of every page. */
    public static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void request_and_feedback_print_with_danish_letters_and_markup_as_text() throws Exception {
        RequestFields fields = new RequestFields(
                "LÆ 285",
                "<script>alert('x')</script> Bruges til opfølgning",
                "Kim har ondt i ryggen; æøå ÆØÅ.",
                List.of("Hvilke skånehensyn?"),
                true,
                "Ryggen",
                "");
        Review review = new Review(
                new RequestVersionId(1),
                "oevelse",
                new AccountId(2),
                1,
                Instant.now(),
                RequestStatus.RETURNED,
                fields,
                null,
                List.of(),
                new ReviewInput(
                        Map.of("purpose", new ReviewInput.Criterion(2, "Klart formål <b>godt</b>", null)),
                        "Samlet: fint.",
                        "Lægen kan svare med det samme."),
                null,
                null,
                null,
                null,
                3);

        byte[] pdf = RequestPdf.render(
                "Kim, sygemeldt lagerarbejder",
                "Version 1 – sendt fredag 4. december 2026 kl. 10.00",
                fields,
                review,
                "mandag 7. december 2026 kl. 9.15",
                RUBRIC,
                "Peter Praksiskonsulent",
                (key, params) -> key + (params.length == 0 ? "" : " " + List.of(params)));

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains("Kim, sygemeldt lagerarbejder")
                .contains("æøå ÆØÅ")
                .contains("<script>alert('x')</script>")
                .contains("Klart formål <b>godt</b>")
                .contains("Lægen kan svare med det samme.")
                .contains("Ja, tydeligt")
                .contains("Version 1 – sendt fredag 4. december 2026 kl. 10.00")
                .contains("pdf.feedbackGiven [Peter Praksiskonsulent, mandag 7. december 2026 kl. 9.15]");
    }

    @Test
    void a_request_without_feedback_prints_the_request_only() throws Exception {
        byte[] pdf = RequestPdf.render(
                "Titel", "Version 1", RequestFields.EMPTY, null, null, RUBRIC, null, (key, params) -> key);

        assertThat(text(pdf)).contains("pdf.request").doesNotContain("feedback.title");
    }

    @Test
    void the_pdf_is_a_danish_document_titled_as_a_request_whatever_the_labels_language() {
        AppI18NProvider i18n = new AppI18NProvider();
        for (var locale : List.of(AppI18NProvider.DANISH, AppI18NProvider.ENGLISH)) {
            byte[] pdf = RequestPdf.render(
                    "Kim, sygemeldt lagerarbejder",
                    "Version 1",
                    RequestFields.EMPTY,
                    null,
                    null,
                    RUBRIC,
                    null,
                    (key, params) -> i18n.getTranslation(key, locale, params));

            AccessiblePdf.assertAccessible(
                    pdf, i18n.getTranslation("pdf.request.title", locale, "Kim, sygemeldt lagerarbejder"), "da-DK");
        }
        assertThat(i18n.getTranslation("pdf.request.title", AppI18NProvider.DANISH, "Kim"))
                .isEqualTo("Anmodning – Kim");
    }
}
