package dk.attestkursus.practice;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.practice.domain.PracticeStore;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A participant's practice questions and answers after the session, and whether they unsubscribed from
 * the practice mails (issue 27). No text of the person's: an answer is the key of an option.
 *
 * <p>Erasure deletes the questions never answered and the unsubscription; answered questions stay as
 * anonymous rows of the tombstone, because they are counted in the team's practice figures.
 */
@Component
class PracticePersonalData implements PersonalData {

    private final PracticeStore store;
    private final CourseContent content;

    PracticePersonalData(PracticeStore store, CourseContent content) {
        this.store = store;
        this.content = content;
    }

    /** One question asked on a practice day, and the answer. */
    record Question(
            long runId,
            int step,
            String item,
            @Nullable String question,
            Instant askedAt,
            boolean mailed,
            Instant answerBy,
            @Nullable Instant answeredAt,
            @Nullable String answer,
            @Nullable Boolean right,
            @Nullable String answeredOn) {}

    /** The practice mails turned off. */
    record Unsubscribed(Instant at) {}

    @Override
    public String key() {
        return "practice";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("practice_prompt", "account_id", Erasure.ANONYMOUS),
                PersonalColumn.of("practice_opt_out", "account_id", Erasure.DELETED));
    }

    @Override
    public FeatureExport export(AccountId person) {
        Course course = content.course();
        Map<String, List<?>> data = new LinkedHashMap<>();
        data.put(
                "questions",
                store.ofAccount(person.value()).stream()
                        .map(p -> new Question(
                                p.runId(),
                                p.step(),
                                p.itemKey(),
                                course.practice()
                                        .item(p.itemKey())
                                        .map(PracticeItem::question)
                                        .orElse(null),
                                p.dueAt(),
                                p.mailed(),
                                p.expiresAt(),
                                p.answeredAt(),
                                p.answerKey(),
                                p.correct(),
                                p.answeredVia()))
                        .toList());
        data.put(
                "unsubscribed",
                store.optedOutAt(person.value()).map(Unsubscribed::new).stream().toList());
        return FeatureExport.of(data);
    }

    @Override
    public void erase(AccountId person) {
        store.deleteUnanswered(person.value());
        store.optIn(person.value());
    }
}
