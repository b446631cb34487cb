package dk.attestkursus.certificates.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.Pdf;
import dk.attestkursus.certificates.Certificate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Certificates as PDF (Flying Saucer): one A4 page each, with holder, course, run and date, the
 * instructors, the issue date, the code and the address where it can be checked, as a link. A run's
 * certificates go in one PDF (a page each) or a ZIP (a file each). The document's title names the
 * holder (or the run, for several) and its language is the reader's (decision 027). Public for the
 * certificates' part of a person's data export (issue 25); the module's {@code ui} stays internal.
 */
public final class CertificatePdf {

    private static final String CSS = """
            @page { size: A4; margin: 20mm; }
            .certificate { border: 3px double #1b4f8a; padding: 22mm 16mm; text-align: center; }
            .certificate h1 { font-size: 30pt; margin: 0 0 14mm; }
            .holder { font-size: 22pt; font-weight: bold; margin: 4mm 0; }
            .course { font-size: 18pt; font-weight: bold; color: #1b4f8a; margin: 4mm 0; }
            .about { margin: 10mm 0 6mm; text-align: left; }
            .check { margin-top: 14mm; border-top: 1px solid #8a8a90; padding-top: 4mm; font-size: 10pt; }
            .code { font-size: 14pt; font-weight: bold; letter-spacing: 1pt; }
            """;

    private CertificatePdf() {}

    /** One PDF with a page per certificate. */
    public static byte[] render(List<Certificate> certificates, AppI18NProvider i18n, Locale locale) {
        String title = i18n.getTranslation("certificates.pdf.title", locale);
        Document doc = Pdf.newDocument(documentTitle(certificates, i18n, locale), Pdf.baseCss(false) + CSS, locale);
        boolean first = true;
        for (Certificate c : certificates) {
            Element page = doc.body().appendElement("div").addClass("certificate");
            if (!first) {
                page.addClass("page-break");
            }
            first = false;
            page.appendElement("h1").text(title);
            page.appendElement("p").text(i18n.getTranslation("certificates.pdf.confirms", locale));
            page.appendElement("p").addClass("holder").text(c.holderName());
            page.appendElement("p").text(i18n.getTranslation("certificates.pdf.completed", locale));
            page.appendElement("p").addClass("course").text(c.courseTitle());
            page.appendElement("p")
                    .text(i18n.getTranslation(
                            "certificates.pdf.run",
                            locale,
                            c.runName(),
                            Formats.localDate(c.sessionDate(), locale, i18n)));
            page.appendElement("p").addClass("about").text(i18n.getTranslation("certificates.pdf.about", locale));
            if (!c.instructors().isBlank()) {
                page.appendElement("p")
                        .text(i18n.getTranslation("certificates.pdf.instructors", locale, c.instructors()));
            }
            page.appendElement("p")
                    .addClass("meta")
                    .text(i18n.getTranslation(
                            "certificates.pdf.issued", locale, Formats.date(c.issuedAt(), locale, i18n)));
            Element check = page.appendElement("div").addClass("check");
            check.appendElement("p").text(i18n.getTranslation("certificates.pdf.code", locale));
            check.appendElement("p").addClass("code").text(c.printedCode());
            Pdf.appendWithLink(
                    check.appendElement("p"),
                    i18n.getTranslation("certificates.pdf.verify", locale, Pdf.ADDRESS),
                    c.verificationAddress());
        }
        return Pdf.render(doc);
    }

    /** "Kursusbevis – Søren Ærø" for one certificate, "Kursusbeviser – Hold Aarhus" for a run's. */
    static String documentTitle(List<Certificate> certificates, AppI18NProvider i18n, Locale locale) {
        if (certificates.isEmpty()) {
            return i18n.getTranslation("certificates.pdf.title", locale);
        }
        if (certificates.size() == 1) {
            return i18n.getTranslation(
                    "certificates.pdf.titleFor", locale, certificates.getFirst().holderName());
        }
        return i18n.getTranslation(
                "certificates.pdf.titleForRun", locale, certificates.getFirst().runName());
    }

    /** A ZIP with one PDF per certificate, named after the holder and the code (public for CertificateBench). */
    public static byte[] zip(List<Certificate> certificates, AppI18NProvider i18n, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Certificate c : certificates) {
                zip.putNextEntry(new ZipEntry(fileName(c)));
                zip.write(render(List.of(c), i18n, locale));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** "kursusbevis-sara-sagsbehandler-K7QX2-M9TRA.pdf": ASCII only, so every unzip tool keeps it. */
    public static String fileName(Certificate c) {
        String name = Normalizer.normalize(
                        c.holderName()
                                .toLowerCase(Locale.ROOT)
                                .replace("æ", "ae")
                                .replace("ø", "oe")
                                .replace("å", "aa"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "kursusbevis-" + (name.isEmpty() ? "" : name + "-") + c.printedCode() + ".pdf";
    }
}
