package dk.attestkursus.practice;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.courserun.DemoRunSeeded;
import dk.attestkursus.practice.domain.PracticeStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo practice for the held demo run's team (issue 27): the four practice days after the session (held
 * ten weeks before the first start), each person's question chosen as the planner would, most answered
 * right, the first one answered wrongly by two (so it came back for them) and one day left unanswered by
 * one. The leaders' results then show "Øvelse efter kurset". Profile {@code demo}; made when the demo
 * runs are ({@link DemoRunSeeded}, in that transaction). No mail is sent for them.
 */
@Component
@Profile("demo")
class DemoPractice {

    /** The held demo run's session, as the demo's runs are made: ten weeks before the first start. */
    static final Duration SESSION_AGO = Duration.ofDays(70);

    private final CourseContent content;
    private final PracticeStore store;
    private final SystemUser system;
    private final Clock clock;

    DemoPractice(CourseContent content, PracticeStore store, SystemUser system, Clock clock) {
        this.content = content;
        this.store = store;
        this.system = system;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DemoRunSeeded seeded) {
        Course course = system.call(content::course);
        List<Integer> days = course.practice().daysAfterSession();
        List<String> items =
                course.practice().items().stream().map(PracticeItem::id).toList();
        Instant session = clock.instant().minus(SESSION_AGO);
        for (int i = 0; i < seeded.team().size(); i++) {
            AccountId person = seeded.team().get(i);
            List<Leitner.Asked> past = new ArrayList<>();
            for (int step = 1; step <= days.size(); step++) {
                String itemId = Leitner.next(items, past).orElseThrow();
                PracticeItem item = course.practice().item(itemId).orElseThrow();
                Instant asked = session.plus(Duration.ofDays(days.get(step - 1)));
                Instant expires = asked.plus(Duration.ofDays(course.practice().answerDays()));
                store.insert(
                        seeded.heldRun().value(),
                        person.value(),
                        step,
                        itemId,
                        asked,
                        true,
                        PracticeService.hash(UUID.randomUUID().toString()),
                        expires);
                boolean skipped = i == 5 && step == 3;
                boolean right = !(step == 1 && i < 2) && !(step == 4 && i == 3);
                if (!skipped) {
                    long id = store.ofAccount(person.value()).stream()
                            .filter(p -> p.runId() == seeded.heldRun().value())
                            .reduce((a, b) -> b)
                            .orElseThrow()
                            .id();
                    String key = item.options().stream()
                            .filter(o -> o.judgement().counts() == right)
                            .findFirst()
                            .orElseThrow()
                            .key();
                    store.answer(id, key, right, PracticeService.BY_MAIL, asked.plus(Duration.ofHours(2)));
                }
                past.add(new Leitner.Asked(step, itemId, skipped ? null : right));
            }
        }
    }
}
