package dk.attestkursus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.ImportPreview;
import dk.attestkursus.courserun.ImportReport;
import dk.attestkursus.courserun.RunInput;
import dk.attestkursus.courserun.RunManagementService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test of speed: prints how long the participant import takes for a file of
 * {@value #ROWS} new caseworkers (Danish Excel: BOM, semicolons, CRLF): the preview (parse and
 * check against the accounts and runs) and the import itself (accounts, places, history), each
 * into a fresh run, {@value #ROUNDS} rounds. Run with {@code ./mvnw -B verify -Pbench}
 * ({@code -Dattestkursus.test.database=postgres} for PostgreSQL).
 */
@IntegrationTest
class ImportBench {

    static final int ROWS = 5000;
    static final int ROUNDS = 3;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    RunManagementService runs;

    @Autowired
    Fixtures fixtures;

    @Test
    void import_five_thousand_participants() throws Exception {
        String instructor = fixtures.account("bench", Role.INSTRUCTOR, InstructorKind.JOBCENTER);
        String leader = fixtures.account("benchlead", Role.LEADER);
        List<Long> previews = new ArrayList<>();
        List<Long> imports = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String tag = Unique.tag();
            StringBuilder csv = new StringBuilder("\uFEFFnavn;e-mail;team;leder e-mail\r\n");
            for (int i = 0; i < ROWS; i++) {
                csv.append("Deltager ")
                        .append(i)
                        .append(";d")
                        .append(i)
                        .append('.')
                        .append(tag)
                        .append("@kommune.dk;Team ")
                        .append(i % 40)
                        .append(';')
                        .append(leader)
                        .append("@example.dk\r\n");
            }
            byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
            LocalDate day = LocalDate.now().plusWeeks(3);
            CourseRunId run = fixtures.as(
                    instructor,
                    () -> runs.create(new RunInput(
                            "Bench " + tag,
                            "Benchkommune",
                            day,
                            LocalTime.of(9, 0),
                            150,
                            false,
                            "Rådhuset",
                            null,
                            null,
                            List.of(new AccountId(fixtures.id(instructor))),
                            null,
                            null)));

            long start = System.nanoTime();
            ImportPreview preview = fixtures.as(instructor, () -> enrolment.preview(run, file));
            previews.add((System.nanoTime() - start) / 1_000_000);
            assertThat(preview.canImport()).isTrue();
            start = System.nanoTime();
            ImportReport report = fixtures.as(instructor, () -> enrolment.importFile(run, file));
            imports.add((System.nanoTime() - start) / 1_000_000);
            assertThat(report.enrolled()).isEqualTo(ROWS);
        }
        String result = String.format(
                Locale.ROOT,
                "Import of %d new participants (%s, %d rounds): preview median %d ms"
                        + " (%s), import median %d ms (%s)%n",
                ROWS,
                System.getProperty("attestkursus.test.database", "h2"),
                ROUNDS,
                median(previews),
                previews,
                median(imports),
                imports);
        System.out.print(result);
        Path out = Path.of("target", "bench", "import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
