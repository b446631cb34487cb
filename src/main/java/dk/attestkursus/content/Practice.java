package dk.attestkursus.content;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Spaced practice after the session (issue 27, {@code content/practice.yml}): on which days after the
 * session each participant gets a short question, at what time of day, how long its link works, and
 * the questions themselves, made from the course's myths and cases and from items of their own.
 *
 * @param daysAfterSession the practice days, counted from the session's day, strictly increasing
 * @param sendTime the time of day (Danish time) a practice mail goes out, inside working hours
 * @param answerDays how many days a question's link works
 */
public record Practice(List<Integer> daysAfterSession, LocalTime sendTime, int answerDays, List<PracticeItem> items) {

    public Practice {
        daysAfterSession = List.copyOf(daysAfterSession);
        items = List.copyOf(items);
    }

    public Optional<PracticeItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
