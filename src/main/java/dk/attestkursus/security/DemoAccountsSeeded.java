package dk.attestkursus.security;

import java.util.List;

/**
 * The demo accounts were just made (profile {@code demo}, first start on an empty database). Published
 * inside the transaction that made them and heard synchronously, so the other features' demo data is
 * made in the same transaction: all of it or none. Never published under {@code prod}.
 *
 * @param caseworker {@code sagsbehandler}, in the demo leader's team
 * @param practiceConsultant {@code praksiskonsulent}, an instructor
 * @param jobcentre {@code jobcenter}, the other instructor
 * @param team the six other caseworkers of the demo leader's team ({@code ali} to {@code frida}, in that order)
 * @param municipalityName the demo municipality's name, for the names of its runs
 * @param variant 0 for the demo's first municipality, 1 for the second, whose demo figures differ a little
 */
public record DemoAccountsSeeded(
        AccountId caseworker,
        AccountId practiceConsultant,
        AccountId jobcentre,
        List<AccountId> team,
        String municipalityName,
        int variant) {

    public DemoAccountsSeeded {
        team = List.copyOf(team);
    }
}
