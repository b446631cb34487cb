package dk.attestkursus.runmails;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.content.RenderedMail;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRoster;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.mail.MailLogService;
import dk.attestkursus.mail.MailStatus;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.runmails.domain.MailPlanStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.transfer.PrepService;
import dk.attestkursus.transfer.PrepStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's mails for its instructors (and administrators): when each goes, moving a send time,
 * previewing a mail as it will look, and how far the participants are with the preparation.
 */
@Service
public class MailPlanService {

    private final RunRosterService rosters;
    private final MailPlanStore plans;
    private final MailWaves waves;
    private final MailSchedule schedule;
    private final PrepService prep;
    private final CurrentUser currentUser;
    private final AppI18NProvider i18n;
    private final Clock clock;
    private final MailLogService mailLog;

    MailPlanService(
            RunRosterService rosters,
            MailPlanStore plans,
            MailWaves waves,
            MailSchedule schedule,
            PrepService prep,
            CurrentUser currentUser,
            AppI18NProvider i18n,
            Clock clock,
            MailLogService mailLog) {
        this.mailLog = mailLog;
        this.rosters = rosters;
        this.plans = plans;
        this.waves = waves;
        this.schedule = schedule;
        this.prep = prep;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<PlannedMail> plan(CourseRunId runId) {
        RunRoster roster = rosters.roster(runId);
        Map<String, MailPlanStore.Row> rows = plans.rows(runId.value());
        Map<MailTopic, Map<MailStatus, Long>> outbox = mailLog.countsByTopic(runId);
        List<PlannedMail> list = new ArrayList<>();
        for (TransferMail mail : TransferMail.values()) {
            MailPlanStore.Row row = rows.get(mail.key());
            Instant moved = row == null ? null : row.sendAt();
            int recipients = row != null && row.recipients() != null
                    ? row.recipients()
                    : (mail.toLeaders() ? roster.leaders() : roster.participants()).size();
            list.add(new PlannedMail(
                    mail,
                    schedule.sendAt(mail, roster.run(), moved),
                    schedule.defaultSendAt(mail, roster.run()),
                    moved != null,
                    recipients,
                    row == null ? null : row.queuedAt(),
                    row != null && "SKIPPED".equals(row.outcome()),
                    delivery(outbox.getOrDefault(MailTopic.ofRun(runId, mail.key()), Map.of()))));
        }
        return list;
    }

    private static PlannedMail.Delivery delivery(Map<MailStatus, Long> counts) {
        return new PlannedMail.Delivery(
                counts.getOrDefault(MailStatus.SENT, 0L),
                counts.getOrDefault(MailStatus.QUEUED, 0L) + counts.getOrDefault(MailStatus.SENDING, 0L),
                counts.getOrDefault(MailStatus.FAILED, 0L),
                counts.getOrDefault(MailStatus.CANCELLED, 0L));
    }

    /**
     * Moves a mail's send time. Refused once the mail has gone to the outbox. A time in the past sends
     * it at once (in this transaction), and only once.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public void move(CourseRunId runId, TransferMail mail, Instant sendAt) {
        RunRoster roster = rosters.roster(runId);
        if (!plans.move(
                runId.value(), mail.key(), sendAt, currentUser.require().id().value())) {
            throw new RunMailRefusedException(RunMailRefusedException.Reason.ALREADY_SENT, mail.key());
        }
        Instant now = clock.instant();
        if (schedule.due(mail, roster.run(), sendAt, now)) {
            waves.queue(runId, mail, now);
        }
    }

    /** The mail as its first recipient would get it (with a stand-in name when the run has no one yet). */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public MailPreview preview(CourseRunId runId, TransferMail mail) {
        RunRoster roster = rosters.roster(runId);
        RenderedMail rendered =
                waves.preview(roster, mail, i18n.getTranslation("transfer.mail.standIn", MailTexts.DANISH));
        return new MailPreview(mail, rendered.subject(), rendered.html(), rendered.text(), mail == TransferMail.INTRO);
    }

    /** How many of the run's participants have done each preparation task. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public PrepOverview prep(CourseRunId runId) {
        Map<AccountId, PrepStatus> status = prep.ofRun(runId);
        return new PrepOverview(
                status.size(),
                (int) status.values().stream()
                        .filter(PrepStatus::selfAssessment)
                        .count(),
                (int) status.values().stream().filter(PrepStatus::mythGuesses).count(),
                (int) status.values().stream()
                        .filter(PrepStatus::baselineRequest)
                        .count(),
                (int) status.values().stream().filter(PrepStatus::done).count());
    }
}
