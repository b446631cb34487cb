package dk.attestkursus.content;

import java.util.List;
import java.util.Optional;

/**
 * What the course's transfer loop needs: the self-assessment, the mail templates, and the groups the
 * check-ins' obstacles are counted in.
 */
public record Transfer(Survey selfAssessment, List<MailTemplate> mails, List<ObstacleGroup> obstacleGroups) {

    public Transfer {
        mails = List.copyOf(mails);
        obstacleGroups = List.copyOf(obstacleGroups);
    }

    public Optional<MailTemplate> mail(String id) {
        return mails.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
