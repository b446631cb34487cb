package dk.attestkursus.runmails;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.SiteAddress;
import dk.attestkursus.base.ui.StartPages;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRoster;
import dk.attestkursus.mail.CalendarInvite;
import dk.attestkursus.myths.MythPaths;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.runmails.domain.RunCalendarStore;
import dk.attestkursus.transfer.Checkpoint;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.PrepStatus;
import dk.attestkursus.transfer.TransferPaths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The values for the mail templates' placeholders ({@code {{dato}}}, {@code {{link_selvvurdering}}}
 * ...): the run's facts in Danish, and links that lead straight to the task (after login).
 */
@Component
class MailTexts {

    static final Locale DANISH = Locale.forLanguageTag("da");

    private final AppI18NProvider i18n;
    private final MailSchedule schedule;
    private final SiteAddress site;

    MailTexts(AppI18NProvider i18n, MailSchedule schedule, SiteAddress site) {
        this.i18n = i18n;
        this.schedule = schedule;
        this.site = site;
    }

    /** The values every mail of the run can use, for this mail (its links point to its own step). */
    Map<String, String> common(Course course, RunRoster roster, TransferMail mail) {
        CourseRunSummary run = roster.run();
        Map<String, String> v = new HashMap<>();
        v.put("hold", run.name());
        v.put("kommune", run.municipality());
        v.put("dato", Formats.date(run.startsAt(), DANISH, i18n));
        v.put("tidspunkt", Formats.time(run.startsAt(), DANISH, i18n) + "-" + Formats.time(run.endsAt(), DANISH, i18n));
        v.put(
                "sted",
                run.online()
                        ? i18n.getTranslation("transfer.mail.online", DANISH)
                        : run.place().orElse(""));
        v.put("moedelink", run.meetingLink().orElse(""));
        v.put("undervisere", names(roster.instructorNames()));
        v.put("frist", Formats.date(run.startsAt().minus(Duration.ofDays(1)), DANISH, i18n));
        v.put(
                "opfoelgning_dato",
                Formats.localDate(
                        mail == TransferMail.FOLLOW_UP_2 || mail == TransferMail.LEADER_AFTER
                                ? schedule.secondFollowUp(run)
                                : schedule.firstFollowUp(run),
                        DANISH,
                        i18n));
        v.put("antal_deltagere", String.valueOf(roster.participants().size()));
        v.put("manglende_opgaver", "");
        v.put("link_forside", link(StartPages.PARTICIPANT));
        Phase phase = mail == TransferMail.FOLLOW_UP_1
                ? Phase.FOLLOW_UP_1
                : mail == TransferMail.FOLLOW_UP_2 ? Phase.FOLLOW_UP_2 : Phase.BEFORE;
        v.put("link_selvvurdering", link(TransferPaths.selfAssessment(phase)));
        v.put("link_myter", link(MythPaths.MYTHS));
        Writing.OwnCase when = mail == TransferMail.FOLLOW_UP_2 ? Writing.OwnCase.AFTER : Writing.OwnCase.BEFORE;
        v.put(
                "link_anmodning",
                course.writing()
                        .ownCase(when)
                        .map(e -> link(RequestPaths.exercise(e.id())))
                        .orElse(link(RequestPaths.EXERCISES)));
        v.put("link_handlingsplan", link(TransferPaths.ACTION_PLAN));
        v.put(
                "link_opfoelgning",
                link(TransferPaths.followUp(mail == TransferMail.FOLLOW_UP_2 ? Checkpoint.SECOND : Checkpoint.FIRST)));
        v.put("link_resultater", link(TransferPaths.LEADER_RESULTS));
        return v;
    }

    /** The open preparation tasks as a Markdown list, for the reminder. */
    String missing(PrepStatus prep) {
        return prep.missing().stream()
                .map(t -> "- "
                        + i18n.getTranslation("transfer.prep.task." + t.name().toLowerCase(Locale.ROOT), DANISH))
                .collect(Collectors.joining("\n"));
    }

    /**
     * The session as a calendar event for one person: the run, its place or meeting link, and its
     * instructors, under the run's UID and SEQUENCE; a request to put it in (or update it in) the calendar,
     * or to take it out.
     */
    CalendarInvite invite(
            RunRoster roster, RunCalendarStore.Event event, RunRoster.Person to, CalendarInvite.Kind kind) {
        CourseRunSummary run = roster.run();
        String where = run.online()
                ? run.meetingLink().orElse(i18n.getTranslation("transfer.mail.online", DANISH))
                : run.place().orElse("");
        String description = i18n.getTranslation(
                "transfer.mail.inviteDescription",
                DANISH,
                names(roster.instructorNames()),
                link(StartPages.PARTICIPANT));
        return new CalendarInvite(
                event.uid(),
                event.sequence(),
                kind,
                i18n.getTranslation("transfer.mail.inviteSummary", DANISH, run.name()),
                description,
                run.startsAt(),
                run.endsAt(),
                where,
                run.meetingLink().orElse(null),
                new CalendarInvite.Attendee(to.email(), to.name()));
    }

    String link(String path) {
        return site.link(path);
    }

    private String names(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " "
                + i18n.getTranslation("transfer.mail.and", DANISH) + " " + names.getLast();
    }
}
