package dk.attestkursus.learning;

import dk.attestkursus.courserun.CourseRunId;
import java.util.Map;

/**
 * What a run's participants have done, as counts only (no names): how many finished each module,
 * and how the answers spread over each question's options and each case's choices.
 *
 * @param modulesCompleted module key → participants who read every lesson and answered every question right
 * @param questionAnswers  question id → option index → participants whose latest answer it is
 * @param caseChoices      case id → choice (form number or "none") → participants who chose it
 */
public record RunLearningStatistics(
        CourseRunId runId,
        int participants,
        Map<String, Integer> modulesCompleted,
        Map<String, Map<Integer, Integer>> questionAnswers,
        Map<String, Map<String, Integer>> caseChoices) {

    public RunLearningStatistics {
        modulesCompleted = Map.copyOf(modulesCompleted);
        questionAnswers = Map.copyOf(questionAnswers);
        caseChoices = Map.copyOf(caseChoices);
    }

    public int completed(String moduleKey) {
        return modulesCompleted.getOrDefault(moduleKey, 0);
    }

    public int answered(String questionId, int option) {
        return questionAnswers.getOrDefault(questionId, Map.of()).getOrDefault(option, 0);
    }

    public int chose(String caseId, String choice) {
        return caseChoices.getOrDefault(caseId, Map.of()).getOrDefault(choice, 0);
    }
}
