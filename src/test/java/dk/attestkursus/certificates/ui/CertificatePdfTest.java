package dk.attestkursus.certificates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.certificates.Certificate;
import dk.attestkursus.testsupport.AccessiblePdf;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class CertificatePdfTest {

    private final AppI18NProvider i18n = new AppI18NProvider();

    static Certificate certificate(String name, String code) {
        return new Certificate(
                code,
                name,
                "Bedre LÆ-attester",
                "Hold Aarhus",
                LocalDate.of(2026, 11, 3),
                "Peter Praksiskonsulent (praksiskonsulent) og Jonna Jobcenter (jobcenterrepræsentant)",
                Instant.parse("2026-11-20T10:00:00Z"),
                "https://kursus.example.dk/bevis/" + code);
    }

    @Test
    void a_certificate_prints_holder_course_date_instructors_code_and_address_in_danish() throws Exception {
        byte[] pdf = CertificatePdf.render(
                List.of(certificate("Søren Ærø-Åberg", "K7QX2M9TRA")), i18n, AppI18NProvider.DANISH);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains(
                        "Kursusbevis",
                        "Søren Ærø-Åberg",
                        "Bedre LÆ-attester",
                        "Hold Aarhus, tirsdag 3. november 2026",
                        "Peter Praksiskonsulent (praksiskonsulent)",
                        "Jonna Jobcenter",
                        "(jobcenterrepræsentant)",
                        "K7QX2-M9TRA",
                        "https://kursus.example.dk/bevis/K7QX2M9TRA",
                        "Udstedt fredag 20. november 2026");
    }

    @Test
    void a_certificate_is_a_danish_document_named_for_its_holder_and_its_address_is_a_link() {
        byte[] pdf = CertificatePdf.render(
                List.of(certificate("Søren Ærø-Åberg", "K7QX2M9TRA")), i18n, AppI18NProvider.DANISH);

        AccessiblePdf read = AccessiblePdf.assertAccessible(pdf, "Kursusbevis – Søren Ærø-Åberg", "da-DK");
        assertThat(read.linkAddresses()).containsExactly("https://kursus.example.dk/bevis/K7QX2M9TRA");
    }

    @Test
    void a_runs_certificates_are_named_for_the_run_each_address_a_link_and_english_in_english() throws Exception {
        List<Certificate> run =
                List.of(certificate("Sara Sagsbehandler", "AAAAA22222"), certificate("Søren Ærø", "BBBBB33333"));

        AccessiblePdf read = AccessiblePdf.assertAccessible(
                CertificatePdf.render(run, i18n, AppI18NProvider.DANISH), "Kursusbeviser – Hold Aarhus", "da-DK");
        assertThat(read.linkAddresses())
                .containsExactly(
                        "https://kursus.example.dk/bevis/AAAAA22222", "https://kursus.example.dk/bevis/BBBBB33333");

        byte[] english = CertificatePdf.render(run.subList(0, 1), i18n, AppI18NProvider.ENGLISH);
        AccessiblePdf.assertAccessible(english, "Course certificate – Sara Sagsbehandler", "en");
        assertThat(new PdfTextExtractor(new PdfReader(english)).getTextFromPage(1))
                .contains("Check the certificate at https://kursus.example.dk/bevis/AAAAA22222");

        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(CertificatePdf.zip(run, i18n, AppI18NProvider.DANISH)))) {
            zip.getNextEntry();
            AccessiblePdf.assertAccessible(zip.readAllBytes(), "Kursusbevis – Sara Sagsbehandler", "da-DK");
        }
    }

    @Test
    void a_runs_certificates_come_as_one_pdf_with_a_page_each_or_a_zip_with_a_file_each() throws Exception {
        List<Certificate> run =
                List.of(certificate("Sara Sagsbehandler", "AAAAA22222"), certificate("Søren Ærø", "BBBBB33333"));

        PdfReader reader = new PdfReader(CertificatePdf.render(run, i18n, AppI18NProvider.DANISH));
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(2)).contains("Søren Ærø", "BBBBB-33333");

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(CertificatePdf.zip(run, i18n, AppI18NProvider.DANISH)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new PdfReader(zip.readAllBytes()).getNumberOfPages()).isEqualTo(1);
            }
        }
        assertThat(names)
                .containsExactly(
                        "kursusbevis-sara-sagsbehandler-AAAAA-22222.pdf", "kursusbevis-soeren-aeroe-BBBBB-33333.pdf");
    }
}
