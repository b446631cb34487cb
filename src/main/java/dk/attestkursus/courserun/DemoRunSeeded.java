package dk.attestkursus.courserun;

import dk.attestkursus.security.AccountId;
import java.util.List;

/**
 * The demo runs were just made for the demo accounts (profile {@code demo}). Published inside the
 * transaction that made the demo accounts and heard synchronously, so the other features add their
 * demo data to the held run in that transaction. Never published under {@code prod}.
 *
 * @param heldRun the run held ten weeks before the first start
 * @param practiceConsultant {@code praksiskonsulent}, who taught it with {@code jobcenter}
 * @param team its six participants, all attended ({@code ali} to {@code frida}, in that order)
 * @param variant 0 for the demo's first municipality, 1 for the second, whose demo figures differ a little
 */
public record DemoRunSeeded(CourseRunId heldRun, AccountId practiceConsultant, List<AccountId> team, int variant) {

    public DemoRunSeeded {
        team = List.copyOf(team);
    }
}
