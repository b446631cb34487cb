package dk.attestkursus.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The national view (issue 21): the two demo municipalities side by side, each with its held run of six
 * caseworkers, before and after per criterion; all together adds them up; a leader gets only the unnamed
 * national average, and nobody of a municipality the named view.
 */
@IntegrationTest
class NationalResultsIT {

    @Autowired
    NationalResultsService national;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_platform_and_the_coordinator_see_the_demo_municipalities_side_by_side_and_all_together() {
        for (String who : new String[] {"platform", "koordinator"}) {
            NationalResults view = fixtures.as(who, national::national);
            assertThat(view.criteria()).hasSizeGreaterThanOrEqualTo(5);
            NationalResults.Row hjoerring = row(view, DemoAccounts.FIRST.municipalityName());
            NationalResults.Row thisted = row(view, DemoAccounts.SECOND.municipalityName());
            for (NationalResults.Row row : new NationalResults.Row[] {hjoerring, thisted}) {
                assertThat(row.runsHeld()).isGreaterThanOrEqualTo(1);
                assertThat(row.attended()).isGreaterThanOrEqualTo(6);
                assertThat(row.cells()).hasSameSizeAs(view.criteria()).allSatisfy(c -> {
                    assertThat(c.peopleBefore()).isGreaterThanOrEqualTo(5);
                    assertThat(c.before()).isNotNull().isBetween(0.0, 2.0);
                    assertThat(c.after()).isNotNull().isBetween(0.0, 2.0);
                });
            }
            NationalResults.Row all = view.all();
            assertThat(all.id()).isNull();
            assertThat(all.attended()).isGreaterThanOrEqualTo(hjoerring.attended() + thisted.attended());
            assertThat(all.cells().getFirst().peopleBefore())
                    .isGreaterThanOrEqualTo(hjoerring.cells().getFirst().peopleBefore()
                            + thisted.cells().getFirst().peopleBefore());
        }
    }

    @Test
    void a_leader_gets_the_national_average_without_names_and_never_the_named_view() {
        NationalResults.Row average = fixtures.as("leder", national::nationalAverage);
        assertThat(average.id()).isNull();
        assertThat(average.name()).isEqualTo(NationalResultsService.ALL);
        assertThat(average.cells()).allSatisfy(c -> {
            assertThat(c.peopleBefore()).isGreaterThanOrEqualTo(12); // both demo municipalities
            assertThat(c.before()).isNotNull();
        });
        for (String who : new String[] {"leder", "admin", "th-admin", "sagsbehandler", "praksiskonsulent"}) {
            assertThatThrownBy(() -> fixtures.as(who, national::national))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> fixtures.as("sagsbehandler", national::nationalAverage))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static NationalResults.Row row(NationalResults view, String name) {
        return view.municipalities().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
    }
}
