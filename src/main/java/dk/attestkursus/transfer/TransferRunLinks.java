package dk.attestkursus.transfer;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunLink;
import dk.attestkursus.courserun.RunLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The run's self-assessments, linked from its page. */
@Component
class TransferRunLinks implements RunLinks {

    @Override
    public List<RunLink> links(CourseRunId run) {
        return List.of(new RunLink("transfer.summary.title", TransferPaths.selfAssessments(run), "vaadin:chart", 6));
    }
}
