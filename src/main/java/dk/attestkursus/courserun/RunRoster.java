package dk.attestkursus.courserun;

import dk.attestkursus.security.AccountId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who a run's mails go to: its active participants (with their leader), their leaders, and the
 * instructors' names for the text.
 */
public record RunRoster(
        CourseRunSummary run, List<Person> participants, List<Person> leaders, List<String> instructorNames) {

    public RunRoster {
        participants = List.copyOf(participants);
        leaders = List.copyOf(leaders);
        instructorNames = List.copyOf(instructorNames);
    }

    /** A recipient: account, name and e-mail; a participant's leader, if any. */
    public record Person(
            AccountId id,
            String name,
            String email,
            @Nullable AccountId leaderId) {}
}
