package dk.attestkursus.courserun;

import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a participant file against the accounts and runs: each row new, has an account, already
 * enrolled, or an error with the reason (unknown leader, a place in another run, not a caseworker),
 * and the whole file against the free places. For {@link EnrolmentService}'s preview and import.
 */
@Component
class ImportCheck {

    private final CourseRunRepository runs;
    private final EnrolmentRepository enrolments;
    private final AccountService accounts;
    private final TeamService teams;
    private final CurrentUser currentUser;

    ImportCheck(
            CourseRunRepository runs,
            EnrolmentRepository enrolments,
            AccountService accounts,
            TeamService teams,
            CurrentUser currentUser) {
        this.runs = runs;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    /** What importing the file into the run would do: every row checked, nothing stored. */
    ImportPreview check(CourseRun run, byte[] file) {
        ParticipantCsv.Result parsed = ParticipantCsv.parse(file);
        List<ParticipantCsv.Problem> fileErrors = new ArrayList<>(parsed.fileErrors());
        List<ParticipantCsv.Row> rows = parsed.rows();
        Map<String, AccountSummary> known = accounts.byEmails(rows.stream()
                .flatMap(r -> Stream.of(r.email(), r.leaderEmail()))
                .filter(s -> !s.isBlank())
                .collect(Collectors.toSet()));
        Set<Long> participantIds = known.values().stream()
                .filter(a -> a.role() == Role.PARTICIPANT)
                .map(a -> a.id().value())
                .collect(Collectors.toSet());
        Map<Long, Enrolment> places = participantIds.isEmpty()
                ? Map.of()
                : activeParticipations(participantIds).stream()
                        .collect(Collectors.toMap(Enrolment::getAccountId, Function.identity(), (a, b) -> a));
        Map<Long, String> otherRunNames = runs
                .findAllById(
                        places.values().stream().map(Enrolment::getCourseRunId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(CourseRun::requireId, CourseRun::getName));
        TeamCheck teamCheck = currentUser.require().role() == Role.ADMIN ? teamCheck(rows, known) : null;
        Set<String> elsewhere = accounts.takenInOtherMunicipalities(rows.stream()
                .map(ParticipantCsv.Row::email)
                .filter(e -> !e.isBlank() && !known.containsKey(e))
                .toList());
        List<ImportPreview.Row> out = new ArrayList<>(rows.size());
        for (ParticipantCsv.Row row : rows) {
            out.add(previewRow(run, row, known, elsewhere, places, otherRunNames, teamCheck));
        }
        ImportPreview preview = new ImportPreview(fileErrors, out);
        Integer capacity = run.getCapacity();
        if (capacity != null) {
            long enrolled = enrolments.findActiveByRuns(List.of(run.requireId())).stream()
                    .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT)
                    .count();
            long free = Math.max(0, capacity - enrolled);
            if (preview.toEnrol() > free) {
                fileErrors.add(new ParticipantCsv.Problem("import.error.capacity", List.of(free, preview.toEnrol())));
                preview = new ImportPreview(fileErrors, out);
            }
        }
        return preview;
    }

    /**
     * One row: new, existing or already enrolled, or an error (a problem in the row, an unknown leader, an
     * account that is not an active participant, a participant on another run).
     */
    private static ImportPreview.Row previewRow(
            CourseRun run,
            ParticipantCsv.Row row,
            Map<String, AccountSummary> known,
            Set<String> elsewhere,
            Map<Long, Enrolment> places,
            Map<Long, String> otherRunNames,
            @Nullable TeamCheck teamCheck) {
        List<ParticipantCsv.Problem> problems = new ArrayList<>(row.problems());
        ImportPreview.Status status = ImportPreview.Status.NEW;
        if (problems.isEmpty()) {
            AccountSummary leader = known.get(row.leaderEmail());
            if (!row.leaderEmail().isEmpty() && (leader == null || leader.role() != Role.LEADER || !leader.active())) {
                problems.add(new ParticipantCsv.Problem("import.error.leaderUnknown", List.of(row.leaderEmail())));
            } else if (teamCheck != null) {
                teamCheck.problem(row).ifPresent(problems::add);
            }
            AccountSummary account = known.get(row.email());
            if (account == null && elsewhere.contains(row.email())) {
                problems.add(new ParticipantCsv.Problem("import.error.otherMunicipality", List.of(row.email())));
            }
            if (account != null) {
                Enrolment place = places.get(account.id().value());
                if (account.role() != Role.PARTICIPANT || !account.active()) {
                    problems.add(new ParticipantCsv.Problem("import.error.notParticipant", List.of()));
                } else if (place != null && place.getCourseRunId() == run.requireId()) {
                    status = ImportPreview.Status.ALREADY_ENROLLED;
                } else if (place != null) {
                    problems.add(new ParticipantCsv.Problem(
                            "import.error.otherRun", List.of(otherRunNames.getOrDefault(place.getCourseRunId(), "?"))));
                } else {
                    status = ImportPreview.Status.EXISTING;
                }
            }
        }
        if (!problems.isEmpty()) {
            status = ImportPreview.Status.ERROR;
        }
        return new ImportPreview.Row(
                row.line(), row.name(), row.email(), row.team(), row.leaderEmail(), status, problems);
    }

    /**
     * An administrator's file decides teams (issue 21): a team named must be one of the municipality's,
     * and a leader named without a team must lead exactly one. An instructor's file does not place anyone
     * in a team, so nothing is checked for it.
     */
    private record TeamCheck(Set<String> teamNames, Map<String, Integer> teamsLedByEmail) {

        Optional<ParticipantCsv.Problem> problem(ParticipantCsv.Row row) {
            if (!row.team().isEmpty()) {
                return teamNames.contains(row.team().toLowerCase(Locale.ROOT))
                        ? Optional.empty()
                        : Optional.of(new ParticipantCsv.Problem("import.error.teamUnknown", List.of(row.team())));
            }
            if (!row.leaderEmail().isEmpty() && teamsLedByEmail.getOrDefault(row.leaderEmail(), 0) != 1) {
                return Optional.of(new ParticipantCsv.Problem("import.error.leaderTeams", List.of(row.leaderEmail())));
            }
            return Optional.empty();
        }
    }

    private TeamCheck teamCheck(List<ParticipantCsv.Row> rows, Map<String, AccountSummary> known) {
        Set<String> names = teams.teams().stream()
                .map(t -> t.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Map<AccountId, String> leaderEmails = rows.stream()
                .map(r -> known.get(r.leaderEmail()))
                .filter(a -> a != null && a.role() == Role.LEADER)
                .distinct()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::email));
        Map<String, Integer> led = new HashMap<>();
        teams.ledBy(leaderEmails.keySet()).forEach((leader, ids) -> led.put(leaderEmails.get(leader), ids.size()));
        return new TeamCheck(names, led);
    }

    private List<Enrolment> activeParticipations(Collection<Long> accountIds) {
        List<Long> ids = List.copyOf(accountIds);
        List<Enrolment> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(enrolments.findActiveParticipations(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return found;
    }
}
