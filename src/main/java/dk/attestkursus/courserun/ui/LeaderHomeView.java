package dk.attestkursus.courserun.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.ui.AttentionItems;
import dk.attestkursus.base.ui.Cards;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.base.ui.StartPageCard;
import dk.attestkursus.base.ui.ThisWeek;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.RunPaths;
import dk.attestkursus.courserun.TeamRun;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * The leader's start page: what happens this week (the team's sessions and follow-ups), the team's
 * runs and how many of the team take part. Figures about
 * individuals never show here; other features add their to-do cards (e.g. the way to the team's
 * results, which come with their own privacy rules).
 */
@Route(value = RunPaths.LEADER_HOME, layout = MainLayout.class)
@RolesAllowed(AppRoles.LEADER)
@Menu(title = "nav.leader", order = 1, icon = "vaadin:users")
class LeaderHomeView extends Div implements HasDynamicTitle {

    LeaderHomeView(
            CourseRunService runs,
            AccountService accounts,
            AppI18NProvider i18n,
            Clock clock,
            List<StartPageCard> cards,
            List<AttentionItems> attention) {
        addClassName("page");
        add(new H1(getTranslation("leader.home.title")));
        int teamSize = runs.myTeamSize();
        Paragraph team = new Paragraph(getTranslation("leader.home.teamSize", teamSize));
        team.setId("team-size");
        team.addClassName("lead");
        add(team);
        if (teamSize > 0) {
            add(ThisWeek.card(this, Role.LEADER, attention));
            cards.forEach(card -> card.card(Role.LEADER).ifPresent(this::add));
        }
        List<TeamRun> teamRuns = runs.myTeamRuns();
        Div list = new Div();
        list.setId("runs");
        list.addClassName("card-list");
        if (teamRuns.isEmpty()) {
            list.add(Cards.emptyState(getTranslation(teamSize == 0 ? "leader.home.noTeam" : "leader.home.noRuns")));
        } else {
            var names = accounts.displayNames(teamRuns.stream()
                    .flatMap(r -> r.run().instructorIds().stream())
                    .toList());
            teamRuns.forEach(tr -> {
                Div card = RunCards.card(getLocale(), tr.run(), names, i18n, clock);
                card.add(new Paragraph(getTranslation("leader.home.enrolledFromTeam", tr.teamMembersEnrolled())));
                if (!tr.run().startsAt().isAfter(clock.instant())) {
                    Paragraph came = new Paragraph(getTranslation(
                            "leader.home.attendedFromTeam", tr.teamMembersAttended(), tr.teamMembersEnrolled()));
                    came.setId("team-attended");
                    card.add(came);
                }
                list.add(card);
            });
        }
        add(new H2(getTranslation("leader.home.runs")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leader.home.title");
    }
}
