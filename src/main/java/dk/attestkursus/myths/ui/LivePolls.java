package dk.attestkursus.myths.ui;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.myths.LivePollService;
import dk.attestkursus.myths.MythPictures;
import dk.attestkursus.myths.MythService;
import org.springframework.stereotype.Component;

/**
 * Makes the live-poll components other features show on their pages (decision 005: the rules stay in
 * {@link LivePollService}; these only show what it allows): the instructors' panel for the poll page,
 * the facilitator view and the projector, and the caseworker's voting on the session page.
 */
@Component
public class LivePolls {

    private final LivePollService polls;
    private final MythService myths;
    private final CourseContent content;
    private final MythPictures pictures;

    LivePolls(LivePollService polls, MythService myths, CourseContent content, MythPictures pictures) {
        this.polls = polls;
        this.myths = myths;
        this.content = content;
        this.pictures = pictures;
    }

    /** The run's live poll for its instructors: votes, reveal and close, as {@code mode} shows them. */
    public LivePollPanel forInstructors(CourseRunId run, LivePollPanel.Mode mode) {
        return new LivePollPanel(polls, myths, content.course(), pictures, run, mode);
    }

    /** The run's live poll on a participant's phone: vote, then the answer. */
    public LivePollVoting forParticipant(CourseRunId run) {
        return new LivePollVoting(polls, content.course(), pictures, run);
    }
}
