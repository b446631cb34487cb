package dk.attestkursus.courserun;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.MunicipalCount;
import dk.attestkursus.courserun.domain.MunicipalPlaces;
import dk.attestkursus.courserun.domain.ParticipantPlace;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation of a group of caseworkers (a leader's team, or everyone for an administrator), for
 * aggregated results. The caller decides which accounts it may ask about (see the results feature).
 */
@Service
public class ParticipationService {

    private final EnrolmentRepository enrolments;
    private final CourseRunRepository runs;
    private final PeopleInReach reach;

    ParticipationService(EnrolmentRepository enrolments, CourseRunRepository runs, PeopleInReach reach) {
        this.enrolments = enrolments;
        this.runs = runs;
        this.reach = reach;
    }

    /**
     * The accounts' active participant places, in the given run only when one is given; a leader asks
     * about the teams they lead only ({@link PeopleInReach}).
     */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public Participation of(Collection<AccountId> accounts, @Nullable CourseRunId run) {
        reach.require(accounts);
        List<AccountId> enrolled = new ArrayList<>();
        Set<Long> runIds = new HashSet<>();
        int attended = 0;
        for (List<AccountId> chunk : Chunks.of(accounts)) {
            for (ParticipantPlace place : enrolments.participantPlaces(
                    chunk.stream().map(AccountId::value).toList())) {
                long runId = place.courseRunId();
                if (run != null && run.value() != runId) {
                    continue;
                }
                enrolled.add(new AccountId(place.accountId()));
                runIds.add(runId);
                if (place.attendedAt() != null) {
                    attended++;
                }
            }
        }
        List<Instant> starts = runs.findAllById(runIds).stream()
                .map(CourseRun::getStartsAt)
                .sorted(Comparator.naturalOrder())
                .toList();
        return new Participation(
                enrolled,
                attended,
                starts.isEmpty() ? null : starts.getFirst(),
                starts.isEmpty() ? null : starts.getLast());
    }

    /**
     * How many of each group attended (each account mapped to its group), counting as {@link #of} does for
     * one group: an active participant place with attendance, in the group's run where {@code runOf} names
     * one. Every group is in the answer, with 0 where nobody attended. For the results of many blocks at
     * once: one statement for all of them ({@link Chunks#about}), and only counts leave here. A leader asks about the teams
     * they lead only ({@link PeopleInReach}).
     */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    @Transactional(readOnly = true)
    public <K> Map<K, Integer> attendedByGroup(Map<AccountId, K> groupOf, Map<K, CourseRunId> runOf) {
        reach.require(groupOf.keySet());
        Map<K, Integer> attended = new HashMap<>();
        groupOf.values().forEach(group -> attended.put(group, 0));
        for (ParticipantPlace place : Chunks.about(
                groupOf.keySet().stream().map(AccountId::value).toList(),
                ParticipantPlace::accountId,
                enrolments::allParticipantPlaces,
                enrolments::participantPlaces)) {
            K group = groupOf.get(new AccountId(place.accountId()));
            CourseRunId run = runOf.get(group);
            if ((run == null || run.value() == place.courseRunId()) && place.attendedAt() != null) {
                attended.merge(group, 1, Integer::sum);
            }
        }
        return attended;
    }

    /**
     * Participation per municipality, for the national view and the national average (decision 020):
     * asked by the platform's people or as the platform, whose session sees every municipality.
     */
    @PreAuthorize(AppRoles.HAS_FIGURES_BY_MUNICIPALITY)
    @Transactional(readOnly = true)
    public Map<MunicipalityId, MunicipalParticipation> byMunicipality(Instant now) {
        Map<MunicipalityId, MunicipalParticipation> result = new HashMap<>();
        for (MunicipalCount held : runs.heldByMunicipality(now)) {
            result.merge(
                    new MunicipalityId(held.municipalityId()),
                    new MunicipalParticipation(Math.toIntExact(held.count()), 0, 0),
                    MunicipalParticipation::plus);
        }
        for (MunicipalPlaces places : enrolments.placesByMunicipality()) {
            result.merge(
                    new MunicipalityId(places.municipalityId()),
                    new MunicipalParticipation(
                            0, Math.toIntExact(places.enrolled()), Math.toIntExact(places.attended())),
                    MunicipalParticipation::plus);
        }
        return result;
    }
}
