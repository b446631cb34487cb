package dk.attestkursus.courserun;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.municipalities.MunicipalityService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.Role;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules a run's input must keep ({@link RunManagementService} calls them before it saves): a name, a
 * date and time (a new run not in the past, a held session not moved), a length within bounds, a place or
 * meeting link, a capacity not below those enrolled, follow-ups after the session in order, one to four
 * active instructors including an instructor who edits, and no CPR number in any text. Every problem is
 * collected by field, as translation keys.
 */
@Component
class RunInputRules {

    private final EnrolmentRepository enrolments;
    private final AccountService accounts;
    private final RunAccess access;
    private final Clock clock;
    private final MunicipalityService municipalities;

    RunInputRules(
            EnrolmentRepository enrolments,
            AccountService accounts,
            RunAccess access,
            Clock clock,
            MunicipalityService municipalities) {
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
        this.municipalities = municipalities;
    }

    record Valid(
            String name,
            String municipality,
            Instant startsAt,
            int minutes,
            @Nullable String location,
            @Nullable String meetingUrl,
            List<AccountId> instructors) {}

    Valid validate(RunInput input, @Nullable CourseRun existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = text(input.name());
        // The run's municipality is the session's, never a form field's (issue 21, decision 020).
        String municipality = municipalities.currentName();
        required(errors, "name", name, 200);
        checkWhen(errors, input, existing);
        Instant startsAt = input.date() == null || input.time() == null
                ? Instant.EPOCH
                : input.date().atTime(input.time()).atZone(TimeConfig.ZONE).toInstant();
        Integer minutes = input.durationMinutes();
        String location = text(input.location());
        String meetingUrl = text(input.meetingUrl());
        checkWhere(errors, input, location, meetingUrl);
        // Decision 007: no citizen's CPR number in any text, not even a run's name or address.
        Map<String, String> texts = Map.of("name", name, "location", location);
        texts.forEach((field, value) -> {
            if (!errors.containsKey(field) && CprDetector.contains(value)) {
                errors.put(field, "run.error.cpr");
            }
        });
        checkCapacity(errors, input, existing);
        checkFollowUps(errors, input);
        List<AccountId> instructors = input.instructorIds().stream().distinct().toList();
        checkInstructors(errors, instructors);
        if (!errors.isEmpty()) {
            throw new RunValidationException(errors);
        }
        return new Valid(
                name,
                municipality,
                startsAt,
                minutes == null ? 0 : minutes,
                input.online() ? null : location,
                input.online() ? meetingUrl : null,
                instructors);
    }

    /** Date and time given, a new run not in the past, a duration within bounds. */
    private void checkWhen(Map<String, String> errors, RunInput input, @Nullable CourseRun existing) {
        if (input.date() == null) {
            errors.put("date", "run.error.required");
        }
        if (input.time() == null) {
            errors.put("time", "run.error.required");
        }
        if (existing == null && input.date() != null && input.date().isBefore(LocalDate.now(clock))) {
            errors.put("date", "run.error.past");
        }
        if (existing != null
                && input.date() != null
                && input.time() != null
                && !existing.getStartsAt().isAfter(clock.instant())
                && !input.date()
                        .atTime(input.time())
                        .atZone(TimeConfig.ZONE)
                        .toInstant()
                        .equals(existing.getStartsAt())) {
            // A session that was held (or is under way) stays where it was: its attendance, answers and
            // certificates belong to that day.
            errors.put("date", "run.error.held");
        } else if (existing != null
                && input.date() != null
                && existing.getStartsAt().isAfter(clock.instant())
                && input.date().isBefore(LocalDate.now(clock))) {
            errors.put("date", "run.error.past");
        }
        Integer minutes = input.durationMinutes();
        if (minutes == null) {
            errors.put("durationMinutes", "run.error.required");
        } else if (minutes < RunManagementService.MIN_MINUTES || minutes > RunManagementService.MAX_MINUTES) {
            errors.put("durationMinutes", "run.error.duration");
        }
    }

    /** Online: a valid meeting link; in person: a place. */
    private static void checkWhere(Map<String, String> errors, RunInput input, String location, String meetingUrl) {
        if (input.online()) {
            if (meetingUrl.isEmpty()) {
                errors.put("meetingUrl", "run.error.required");
            } else if (!validUrl(meetingUrl)) {
                errors.put("meetingUrl", "run.error.url");
            }
        } else {
            required(errors, "location", location, 300);
        }
    }

    /** A capacity within bounds and not below the participants already enrolled. */
    private void checkCapacity(Map<String, String> errors, RunInput input, @Nullable CourseRun existing) {
        if (input.capacity() != null) {
            int active = existing == null
                    ? 0
                    : (int) enrolments.findActiveByRuns(List.of(existing.requireId())).stream()
                            .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT)
                            .count();
            if (input.capacity() < 1 || input.capacity() > RunManagementService.MAX_CAPACITY) {
                errors.put("capacity", "run.error.capacity");
            } else if (input.capacity() < active) {
                errors.put("capacity", "run.error.capacityBelowEnrolled");
            }
        }
    }

    /** The first follow-up after the session, the second after the first. */
    private static void checkFollowUps(Map<String, String> errors, RunInput input) {
        if (input.followUpFirst() != null
                && input.date() != null
                && !input.followUpFirst().isAfter(input.date())) {
            errors.put("followUpFirst", "run.error.followUpAfterSession");
        }
        if (input.followUpSecond() != null) {
            LocalDate after = input.followUpFirst() != null ? input.followUpFirst() : input.date();
            if (after != null && !input.followUpSecond().isAfter(after)) {
                errors.put("followUpSecond", "run.error.followUpOrder");
            }
        }
    }

    /** One to the maximum of active instructors, and an instructor editing includes themselves. */
    private void checkInstructors(Map<String, String> errors, List<AccountId> instructors) {
        if (instructors.isEmpty()) {
            errors.put("instructors", "run.error.noInstructors");
        } else if (instructors.size() > RunManagementService.MAX_INSTRUCTORS) {
            errors.put("instructors", "run.error.tooManyInstructors");
        } else {
            Map<AccountId, AccountSummary> found = accounts.summaries(instructors);
            if (instructors.stream()
                    .anyMatch(id -> found.get(id) == null
                            || found.get(id).role() != Role.INSTRUCTOR
                            || !found.get(id).active())) {
                errors.put("instructors", "run.error.notInstructor");
            } else if (access.me().role() == Role.INSTRUCTOR
                    && !instructors.contains(access.me().id())) {
                errors.put("instructors", "run.error.includeYourself");
            }
        }
    }

    private static void required(Map<String, String> errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.put(field, "run.error.required");
        } else if (value.length() > max) {
            errors.put(field, "run.error.tooLong");
        }
    }

    static boolean validUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && value.length() <= 500;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
