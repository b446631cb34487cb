package dk.attestkursus.courserun;

import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentEventRepository;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A person's places in course runs, their history, and the runs they cancelled (issue 25).
 *
 * <p>Erasure: the places stay as anonymous rows, since the run rosters, capacity and the leaders' and
 * national participation and attendance figures count them ({@link ParticipationService}); a guest
 * instructor place, which copies the guest's name and feeds no figure, is deleted. The history of the
 * person's places ({@code enrolment_event}) is read only as a run's history list, never counted, so it is
 * deleted. Where the person acted on others' rows (ticked attendance, enrolled someone, cancelled a run)
 * the row stays and refers to the tombstone.
 */
@Component
class CourseRunPersonalData implements PersonalData {

    private final EnrolmentRepository enrolments;
    private final EnrolmentEventRepository events;
    private final CourseRunRepository runs;

    CourseRunPersonalData(EnrolmentRepository enrolments, EnrolmentEventRepository events, CourseRunRepository runs) {
        this.enrolments = enrolments;
        this.events = events;
        this.runs = runs;
    }

    /** A place in a run, as participant or instructor. */
    record Place(
            long runId,
            String runName,
            Instant runStartsAt,
            String role,
            boolean guestInstructor,
            Instant enrolledAt,
            @Nullable Instant withdrawnAt,
            @Nullable Instant attendedAt) {}

    /** A change to one of the person's places; {@code byYou} when they made it themselves (e.g. checked in). */
    record PlaceChange(long runId, String kind, @Nullable Long otherRunId, Instant at, boolean byYou) {}

    /** A change the person made to someone else's place (as instructor or administrator), without whose. */
    record ChangeMadeForOthers(long runId, String kind, Instant at) {}

    /** A run the person cancelled, with the reason they gave. */
    record CancelledRun(
            long runId,
            String runName,
            Instant cancelledAt,
            @Nullable String reason) {}

    @Override
    public String key() {
        return "courserun";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("enrolment", "account_id", Erasure.ANONYMOUS),
                PersonalColumn.of("enrolment", "active_participant", Erasure.ANONYMOUS),
                PersonalColumn.of("enrolment", "attendance_by", Erasure.ACTOR),
                PersonalColumn.of("enrolment", "guest_name", Erasure.SCRUBBED),
                PersonalColumn.of("enrolment_event", "account_id", Erasure.DELETED),
                PersonalColumn.of("enrolment_event", "by_account_id", Erasure.ACTOR),
                PersonalColumn.of("course_run", "cancelled_by", Erasure.ACTOR));
    }

    @Override
    public FeatureExport export(AccountId person) {
        long id = person.value();
        List<Enrolment> places = enrolments.findByAccountIdOrderByIdAsc(id);
        Set<Long> runIds = new HashSet<>();
        places.forEach(p -> runIds.add(p.getCourseRunId()));
        Map<Long, CourseRun> byId =
                runs.findAllById(runIds).stream().collect(Collectors.toMap(CourseRun::requireId, Function.identity()));
        List<Place> placeRecords = places.stream()
                .filter(p -> byId.containsKey(p.getCourseRunId()))
                .map(p -> {
                    CourseRun run = byId.get(p.getCourseRunId());
                    return new Place(
                            run.requireId(),
                            run.getName(),
                            run.getStartsAt(),
                            p.getRole().name(),
                            p.isGuest(),
                            p.getEnrolledAt(),
                            p.getWithdrawnAt(),
                            p.getAttendedAt());
                })
                .toList();
        List<PlaceChange> history = events.findByAccountIdOrderByHappenedAtAscIdAsc(id).stream()
                .map(e -> new PlaceChange(
                        e.getCourseRunId(),
                        e.getKind().name(),
                        e.getOtherRunId(),
                        e.getHappenedAt(),
                        e.getByAccountId() == id))
                .toList();
        List<ChangeMadeForOthers> forOthers = events.findDoneToOthers(id).stream()
                .map(e ->
                        new ChangeMadeForOthers(e.getCourseRunId(), e.getKind().name(), e.getHappenedAt()))
                .toList();
        List<CancelledRun> cancelled = runs.findByCancelledByOrderByIdAsc(id).stream()
                .filter(r -> r.getCancelledAt() != null)
                .map(r -> new CancelledRun(
                        r.requireId(),
                        r.getName(),
                        java.util.Objects.requireNonNull(r.getCancelledAt()),
                        r.getCancelReason()))
                .toList();
        Map<String, List<?>> data = new LinkedHashMap<>();
        data.put("places", placeRecords);
        data.put("placeHistory", history);
        data.put("changesMadeForOthers", forOthers);
        data.put("cancelledRuns", cancelled);
        return FeatureExport.of(data);
    }

    @Override
    public void erase(AccountId person) {
        enrolments.deleteGuestPlaces(person.value());
        events.deleteByAccount(person.value());
    }
}
