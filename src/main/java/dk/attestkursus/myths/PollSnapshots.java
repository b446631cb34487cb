package dk.attestkursus.myths;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.myths.domain.AnswerCount;
import dk.attestkursus.myths.domain.LivePoll;
import dk.attestkursus.myths.domain.LiveVoteRepository;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads a poll with its raw votes. Internal: callers check access first and apply the group rule. */
@Component
class PollSnapshots {

    private final LiveVoteRepository votes;

    PollSnapshots(LiveVoteRepository votes) {
        this.votes = votes;
    }

    PollMoment of(LivePoll poll) {
        return new PollMoment(
                new PollId(poll.requireId()),
                new CourseRunId(poll.getCourseRunId()),
                poll.getMythId(),
                poll.getState(),
                counts(votes.countByAnswer(poll.requireId())),
                poll.getOpenedAt());
    }

    /** Counts from how many gave each answer. */
    static PollCounts counts(List<AnswerCount> rows) {
        Map<MythAnswer, Long> grouped = new EnumMap<>(MythAnswer.class);
        for (AnswerCount row : rows) {
            grouped.put(row.answer(), row.count());
        }
        return PollCounts.of(grouped);
    }
}
