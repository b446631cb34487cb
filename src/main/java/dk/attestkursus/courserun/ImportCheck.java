package dk.attestkursus.courserun;

import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    ImportCheck(CourseRunRepository runs, EnrolmentRepository enrolments, AccountService accounts) {
        this.runs = runs;
        this.enrolments = enrolments;
        this.accounts = accounts;
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
        List<ImportPreview.Row> out = new ArrayList<>(rows.size());
        for (ParticipantCsv.Row row : rows) {
            out.add(previewRow(run, row, known, places, otherRunNames));
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
            Map<Long, Enrolment> places,
            Map<Long, String> otherRunNames) {
        List<ParticipantCsv.Problem> problems = new ArrayList<>(row.problems());
        ImportPreview.Status status = ImportPreview.Status.NEW;
        if (problems.isEmpty()) {
            AccountSummary leader = known.get(row.leaderEmail());
            if (!row.leaderEmail().isEmpty() && (leader == null || leader.role() != Role.LEADER || !leader.active())) {
                problems.add(new ParticipantCsv.Problem("import.error.leaderUnknown", List.of(row.leaderEmail())));
            }
            AccountSummary account = known.get(row.email());
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

    private List<Enrolment> activeParticipations(Collection<Long> accountIds) {
        List<Long> ids = List.copyOf(accountIds);
        List<Enrolment> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(enrolments.findActiveParticipations(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return found;
    }
}
