package dk.attestkursus.runmails;

import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.runmails.domain.MailPlanStore;
import dk.attestkursus.runmails.domain.NudgeStore;
import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The run mail plan's personal data (issue 25): only who moved a wave's send time, and who sent the last
 * reminder by hand (issue 27), an instructor or administrator acting on the run's mails. On erasure the id
 * stays as an actor (the tombstone has no name); neither holds texts, so retention has nothing to purge. The
 * mails themselves are {@code mail}'s.
 */
@Component
class RunMailsPersonalData implements PersonalData {

    private final MailPlanStore plans;
    private final NudgeStore nudges;

    RunMailsPersonalData(MailPlanStore plans, NudgeStore nudges) {
        this.plans = plans;
        this.nudges = nudges;
    }

    @Override
    public String key() {
        return "runmails";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("run_mail_plan", "changed_by", Erasure.ACTOR),
                PersonalColumn.of("run_nudge", "sent_by", Erasure.ACTOR));
    }

    /** A wave of a run's mails whose send time the person moved. */
    record MovedMail(long courseRun, String mail, @Nullable Instant sendAt) {}

    /** The last reminder of a kind the person sent by hand to a run's participants. */
    record SentReminder(long courseRun, String kind, Instant sentAt, int recipients) {}

    @Override
    public FeatureExport export(AccountId person) {
        return FeatureExport.of(Map.of(
                "movedMails",
                plans.changedBy(person.value()).stream()
                        .map(c -> new MovedMail(c.run(), c.mailKey(), c.sendAt()))
                        .toList(),
                "sentReminders",
                nudges.sentBy(person.value()).stream()
                        .map(s -> new SentReminder(s.run(), s.kind(), s.sentAt(), s.recipients()))
                        .toList()));
    }

    /** Nothing to do: the person who moved a send time or sent a reminder is an actor, kept under the tombstone. */
    @Override
    public void erase(AccountId person) {
        // ACTOR only (see columns()).
    }
}
