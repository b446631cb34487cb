package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Teams as the municipality's administrators keep them (issue 21): named, led by one or more leaders,
 * with members only administrators place; a leader sees the teams they lead and nobody else's; a team
 * with people left cannot be deleted, and bad input stores nothing.
 */
@IntegrationTest
class TeamServiceIT {

    @Autowired
    TeamService teams;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseRunService runs;

    @Autowired
    Fixtures fixtures;

    @Test
    void an_administrator_makes_a_team_with_two_leaders_whose_members_both_leaders_see() {
        String tag = Unique.tag();
        String lene = fixtures.account("lene", Role.LEADER);
        String lars = fixtures.account("lars", Role.LEADER);
        String ida = fixtures.account("ida", Role.PARTICIPANT);
        String jon = fixtures.account("jon", Role.PARTICIPANT);
        TeamId team = fixtures.team("  Ydelse   Nord " + tag + " ", lene, lars);
        fixtures.members(team, ida, jon);

        TeamSummary summary =
                fixtures.as("admin", () -> teams.summaries(List.of(team)).get(team));
        assertThat(summary.name()).isEqualTo("Ydelse Nord " + tag);
        assertThat(summary.members()).isEqualTo(2);
        assertThat(summary.leaders())
                .extracting(TeamSummary.Leader::name)
                .containsExactly("Test " + lars, "Test " + lene);
        for (String leader : List.of(lene, lars)) {
            assertThat(fixtures.as(leader, () -> teams.myTeams()))
                    .extracting(TeamSummary::id)
                    .containsExactly(team);
            assertThat(fixtures.as(leader, () -> teams.memberIds(team)))
                    .containsExactlyInAnyOrder(new AccountId(fixtures.id(ida)), new AccountId(fixtures.id(jon)));
            assertThat(fixtures.as(leader, () -> runs.myTeamSize())).isEqualTo(2);
        }
    }

    @Test
    void a_leader_cannot_read_a_team_they_do_not_lead_and_a_caseworker_nothing() {
        String mine = fixtures.account("egen", Role.LEADER);
        String other = fixtures.account("anden", Role.LEADER);
        fixtures.team("Eget team " + Unique.tag(), mine);
        TeamId theirs = fixtures.team("Andet team " + Unique.tag(), other);

        assertThatThrownBy(() -> fixtures.as(mine, () -> teams.memberIds(theirs)))
                .isInstanceOfSatisfying(
                        TeamRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TeamRefusedException.Reason.NOT_FOUND));
        assertThat(fixtures.as(mine, () -> teams.myTeams()))
                .extracting(TeamSummary::id)
                .doesNotContain(theirs);
        String caseworker = fixtures.account("cw", Role.PARTICIPANT);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> teams.myTeams()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(mine, () -> teams.create("Mit nye team", List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_taken_name_an_empty_name_and_a_leader_who_is_no_leader_are_refused_and_nothing_is_stored() {
        String tag = Unique.tag();
        String leader = fixtures.account("chef", Role.LEADER);
        String caseworker = fixtures.account("cw", Role.PARTICIPANT);
        TeamId first = fixtures.team("Visitationen " + tag, leader);
        int before = fixtures.as("admin", () -> teams.teams()).size();

        assertThatThrownBy(() -> fixtures.team("VISITATIONEN " + tag, leader))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "teams.error.nameTaken"));
        assertThatThrownBy(() -> fixtures.team("   ", caseworker))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("name", "account.error.required")
                                .containsEntry("leaders", "account.error.leader.invalid"));
        assertThatThrownBy(() -> fixtures.team("x".repeat(TeamService.MAX_NAME + 1), leader))
                .isInstanceOf(AccountValidationException.class);
        assertThatThrownBy(() -> fixtures.team("Team 0101801234", leader))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "account.error.cpr"));
        assertThat(fixtures.as("admin", () -> teams.teams())).hasSize(before);
        // renaming to its own name in another case is no clash
        fixtures.as("admin", () -> {
            teams.update(first, "VISITATIONEN " + tag, List.of());
            return null;
        });
        TeamSummary renamed =
                fixtures.as("admin", () -> teams.summaries(List.of(first)).get(first));
        assertThat(renamed.name()).isEqualTo("VISITATIONEN " + tag);
        assertThat(renamed.leaders()).isEmpty();
    }

    @Test
    void choosing_someone_of_another_team_moves_them_and_a_team_with_people_is_not_deleted() {
        String tag = Unique.tag();
        String leader = fixtures.account("chef", Role.LEADER);
        String ida = fixtures.account("ida", Role.PARTICIPANT);
        String instructor = fixtures.account("jc", Role.INSTRUCTOR);
        TeamId north = fixtures.team("Nord " + tag, leader);
        TeamId south = fixtures.team("Syd " + tag, leader);
        fixtures.members(north, ida);

        fixtures.members(south, ida);

        assertThat(fixtures.as("admin", () -> teams.members(north))).isEmpty();
        assertThat(fixtures.as("admin", () -> teams.members(south)))
                .extracting(AccountSummary::username)
                .containsExactly(ida);
        assertThatThrownBy(() -> fixtures.members(south, ida, instructor))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("members", "teams.error.members"));
        assertThat(fixtures.as("admin", () -> teams.members(south))).hasSize(1);
        assertThatThrownBy(() -> fixtures.as("admin", () -> {
                    teams.delete(south);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        TeamRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TeamRefusedException.Reason.HAS_MEMBERS));

        fixtures.as("admin", () -> {
            teams.delete(north);
            return null;
        });
        assertThat(fixtures.as("admin", () -> teams.teams()))
                .extracting(TeamSummary::id)
                .doesNotContain(north);
        assertThat(fixtures.as(leader, () -> teams.myTeams()))
                .extracting(TeamSummary::id)
                .containsExactly(south);
    }
}
