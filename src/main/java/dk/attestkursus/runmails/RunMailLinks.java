package dk.attestkursus.runmails;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunLink;
import dk.attestkursus.courserun.RunLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The run's mails, linked from its page. */
@Component
class RunMailLinks implements RunLinks {

    @Override
    public List<RunLink> links(CourseRunId run) {
        return List.of(new RunLink("transfer.mails.title", RunMailPaths.mails(run), "vaadin:envelope", 5));
    }
}
