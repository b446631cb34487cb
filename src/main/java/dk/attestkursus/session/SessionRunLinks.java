package dk.attestkursus.session;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunLink;
import dk.attestkursus.courserun.RunLinks;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/** The session's pages, linked from a run's page. */
@Component
class SessionRunLinks implements RunLinks {

    private final CurrentUser currentUser;

    SessionRunLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The facilitator view is for the run's instructors; administrators may adapt the programme. */
    @Override
    public List<RunLink> links(CourseRunId run) {
        RunLink programme = new RunLink("session.programme", SessionPaths.programme(run), "vaadin:list-ol", 2);
        if (currentUser.require().role() != Role.INSTRUCTOR) {
            return List.of(programme);
        }
        return List.of(new RunLink("session.open", SessionPaths.facilitator(run), "vaadin:play", 1), programme);
    }
}
