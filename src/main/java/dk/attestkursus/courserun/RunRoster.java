package dk.attestkursus.courserun;

import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.TeamId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who a run's mails go to: its active participants (with their leader), their leaders, and its instructors
 * (by name, for the text and the calendar updates).
 */
public record RunRoster(
        CourseRunSummary run, List<Person> participants, List<Person> leaders, List<Person> instructors) {

    public RunRoster {
        participants = List.copyOf(participants);
        leaders = List.copyOf(leaders);
        instructors = List.copyOf(instructors);
    }

    /** The instructors' names, for the text. */
    public List<String> instructorNames() {
        return instructors.stream().map(Person::name).toList();
    }

    /**
     * A recipient: account, name and e-mail; a participant's team, if any; for a leader the teams of the
     * run's participants they lead.
     */
    public record Person(
            AccountId id,
            String name,
            String email,
            @Nullable TeamId team,
            Set<TeamId> leads) {

        public Person {
            leads = Set.copyOf(leads);
        }

        /** Whether this leader leads the participant's team. */
        public boolean leadsTeamOf(Person participant) {
            return participant.team() != null && leads.contains(participant.team());
        }
    }
}
