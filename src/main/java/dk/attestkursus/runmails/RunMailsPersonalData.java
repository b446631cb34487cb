package dk.attestkursus.runmails;

import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.runmails.domain.MailPlanStore;
import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The run mail plan's personal data (issue 25): only who moved a wave's send time, an instructor or
 * administrator acting on the run's plan. On erasure the id stays as an actor (the tombstone has no name);
 * the plan holds no texts, so retention has nothing to purge. The mails themselves are {@code mail}'s.
 */
@Component
class RunMailsPersonalData implements PersonalData {

    private final MailPlanStore plans;

    RunMailsPersonalData(MailPlanStore plans) {
        this.plans = plans;
    }

    @Override
    public String key() {
        return "runmails";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(PersonalColumn.of("run_mail_plan", "changed_by", Erasure.ACTOR));
    }

    /** A wave of a run's mails whose send time the person moved. */
    record MovedMail(long courseRun, String mail, @Nullable Instant sendAt) {}

    @Override
    public FeatureExport export(AccountId person) {
        return FeatureExport.of(Map.of(
                "movedMails",
                plans.changedBy(person.value()).stream()
                        .map(c -> new MovedMail(c.run(), c.mailKey(), c.sendAt()))
                        .toList()));
    }

    /** Nothing to do: the person as the one who moved a send time is an actor, kept under the tombstone. */
    @Override
    public void erase(AccountId person) {
        // ACTOR only (see columns()).
    }
}
