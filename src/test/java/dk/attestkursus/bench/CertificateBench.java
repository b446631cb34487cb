package dk.attestkursus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.certificates.Certificate;
import dk.attestkursus.certificates.ui.CertificatePdf;
import dk.attestkursus.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test of speed: how long the course certificate PDF takes (Flying Saucer, the
 * app's fonts), one certificate as a caseworker downloads it, and a run's 100 as the instructor's one
 * download: the single PDF with a page each, and the ZIP with a PDF each (the run's certificate page
 * offers both, {@code RunCertificatesView}). Timed after a warm-up, with {@code System.nanoTime};
 * the rendering only, not the database lookup of the issued certificates. Run with
 * {@code ./mvnw -B verify -Pbench -Dit.test=CertificateBench}.
 */
@IntegrationTest
class CertificateBench {

    static final int RUN = 100;
    static final int SINGLES = Integer.getInteger("bench.singles", 100);
    static final int BATCHES = Integer.getInteger("bench.batches", 10);
    static final List<String> NAMES = List.of(
            "Søren Ærø Kristensen", "Birthe Østergaard", "Ali Hassan", "Camilla Brødsgaard-Nielsen", "Emil Åberg");

    @Autowired
    AppI18NProvider i18n;

    @Test
    void one_certificate_and_a_run_of_one_hundred() throws Exception {
        Locale da = AppI18NProvider.DANISH;
        List<Certificate> run = new ArrayList<>();
        for (int i = 0; i < RUN; i++) {
            run.add(new Certificate(
                    String.format(Locale.ROOT, "K7QX2M%04d", i)
                            .replace('0', 'A')
                            .replace('1', 'B'),
                    NAMES.get(i % NAMES.size()) + " " + i,
                    "Bedre lægeattester – skriv anmodningen, så lægen kan svare",
                    "Hold Aarhus, efterår 2026",
                    LocalDate.of(2026, 11, 12),
                    "Peter Praksiskonsulent (praksiskonsulent), Jette Jobcenter (jobcenter)",
                    Instant.parse("2026-11-12T15:00:00Z"),
                    "https://attestkursus.example.dk/bevis/K7QX2-M" + i));
        }
        List<Certificate> one = List.of(run.getFirst());
        for (int i = 0; i < 30; i++) {
            CertificatePdf.render(one, i18n, da);
        }
        CertificatePdf.render(run, i18n, da);
        CertificatePdf.zip(run, i18n, da);

        List<Long> single = times(SINGLES, () -> CertificatePdf.render(one, i18n, da));
        List<Long> pdf = times(BATCHES, () -> CertificatePdf.render(run, i18n, da));
        List<Long> zip = times(BATCHES, () -> CertificatePdf.zip(run, i18n, da));
        byte[] onePdf = CertificatePdf.render(one, i18n, da);
        byte[] runPdf = CertificatePdf.render(run, i18n, da);
        byte[] runZip = CertificatePdf.zip(run, i18n, da);
        assertThat(new String(onePdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        BenchReport.write(
                "certificates",
                "CertificateBench",
                String.format(
                        Locale.ROOT,
                        """
                        warm-up: 30 single certificates, one run of %d as PDF and as ZIP
                        one certificate (%d renders, %,d bytes): median %d ms, p95 %d ms, max %d ms (goal <= 150 ms)
                        %d certificates as one PDF, a page each (%d renders, %,d bytes): median %d ms, p95 %d ms, max %d ms (goal <= 10 s)
                        %d certificates as one ZIP, a PDF each (%d renders, %,d bytes): median %d ms, p95 %d ms, max %d ms (goal <= 10 s)
                        """,
                        RUN,
                        SINGLES,
                        onePdf.length,
                        BenchReport.percentile(single, 50),
                        BenchReport.percentile(single, 95),
                        BenchReport.percentile(single, 100),
                        RUN,
                        BATCHES,
                        runPdf.length,
                        BenchReport.percentile(pdf, 50),
                        BenchReport.percentile(pdf, 95),
                        BenchReport.percentile(pdf, 100),
                        RUN,
                        BATCHES,
                        runZip.length,
                        BenchReport.percentile(zip, 50),
                        BenchReport.percentile(zip, 95),
                        BenchReport.percentile(zip, 100)));
    }

    private static List<Long> times(int rounds, Supplier<byte[]> render) {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            render.get();
            ms.add((System.nanoTime() - start) / 1_000_000);
        }
        return ms;
    }
}
