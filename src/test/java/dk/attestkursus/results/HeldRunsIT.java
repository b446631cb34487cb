package dk.attestkursus.results;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leader's results open on the runs that have been held (issue 19): a teammate on a run still to
 * come neither lowers the attendance nor moves the extract's "after" into the future.
 */
@IntegrationTest
class HeldRunsIT {

    @Autowired
    ResultsService results;

    @Autowired
    ResultsSeed seed;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_default_view_counts_the_held_run_only_and_compares_the_extract_around_it() {
        long leader = seed.leader("x");
        Instant heldAt = Instant.now().minus(70, ChronoUnit.DAYS);
        long held = seed.run("Afholdt " + leader, heldAt);
        long upcoming = seed.run("Kommende " + leader, Instant.now().plus(21, ChronoUnit.DAYS));
        seed.team(leader, held, 6, 1, 2, "Der var ikke tid");
        seed.member(leader, upcoming, false);
        String me = seed.username(leader);
        YearMonth course = YearMonth.from(heldAt.atZone(ZoneId.of("Europe/Copenhagen")));
        StringBuilder extract = new StringBuilder("måned;attest;sendt;returneret\n");
        for (int m = 3; m >= 1; m--) {
            extract.append(course.minusMonths(m)).append(";LÆ 265;40;8\n");
        }
        extract.append(course)
                .append(";LÆ 265;36;4\n")
                .append(course.plusMonths(1))
                .append(";LÆ 265;34;3\n");
        fixtures.as(me, () -> results.importExtract(null, extract.toString().getBytes(StandardCharsets.UTF_8)));

        Dashboard d = fixtures.as(me, () -> results.dashboard(null, null));

        assertThat(d.people()).isEqualTo(6);
        assertThat(d.counts().enrolled()).isEqualTo(6);
        assertThat(d.counts().attended()).isEqualTo(6);
        Dashboard.FormTrend lae265 = d.extractTrend().getFirst();
        assertThat(lae265.before().months()).isEqualTo(3);
        assertThat(lae265.before().sentPerMonth()).isEqualTo(40.0);
        assertThat(lae265.after()).as("the months after the held run").isNotNull();
        assertThat(lae265.after().sentPerMonth()).isEqualTo(34.0);
        assertThat(lae265.after().returnedShare()).isEqualTo(3.0 / 34);
    }
}
