package dk.attestkursus.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.ObstacleGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An erased obstacle keeps only what the figures read: the group it falls in first, or none. */
class AnonymousObstacleTest {

    static final ObstacleGroup TIME = new ObstacleGroup("tid", "Tid og travlhed", List.of("tid", "travl"));
    static final ObstacleGroup SYSTEMS = new ObstacleGroup("it", "It", List.of("tidsregistrering", "system"));
    static final ObstacleGroup NO_CASE = new ObstacleGroup("ingen-sag", "Ingen sag", List.of("ingen sag"));
    static final List<ObstacleGroup> GROUPS = List.of(TIME, SYSTEMS, NO_CASE);

    @Test
    void an_obstacle_becomes_a_word_of_the_group_it_fell_in_first() {
        assertThat(TransferPersonalData.anonymous("Jeg havde ikke tid, Ali fra teamet var syg", GROUPS))
                .isEqualTo("(tid)");
        assertThat(TransferPersonalData.anonymous("Der var ingen sag i ugen", GROUPS))
                .isEqualTo("(ingen sag)");
    }

    @Test
    void a_word_that_an_earlier_group_would_take_is_passed_over() {
        // The systems group's first word, "tidsregistrering", starts with "tid": alone it falls in the time group.
        assertThat(TransferPersonalData.anonymous("Systemet drillede", GROUPS)).isEqualTo("(system)");
    }

    @Test
    void an_obstacle_of_no_group_becomes_a_text_of_no_group_that_still_counts_as_named() {
        String other = TransferPersonalData.anonymous("Ali glemte det", GROUPS);
        assertThat(other).isEqualTo(TransferPersonalData.OTHER_OBSTACLE).isNotBlank();
        assertThat(GROUPS).noneMatch(g -> g.matches(other));
    }

    @Test
    void every_anonymous_text_stays_as_it_is_and_in_its_group() {
        for (String obstacle : List.of("ikke tid", "Tidsregistrering", "Systemet drillede", "ingen sag", "andet")) {
            String once = TransferPersonalData.anonymous(obstacle, GROUPS);
            assertThat(TransferPersonalData.anonymous(once, GROUPS)).isEqualTo(once);
            assertThat(GROUPS.stream().filter(g -> g.matches(once)).findFirst())
                    .isEqualTo(GROUPS.stream().filter(g -> g.matches(obstacle)).findFirst());
        }
    }
}
