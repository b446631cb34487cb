package dk.attestkursus.learning;

/** How far an account is in one module: lessons read and knowledge-check questions answered right. */
public record ModuleProgress(
        String moduleKey, int lessonsRead, int lessonCount, int questionsRight, int questionCount) {

    public int steps() {
        return lessonCount + questionCount;
    }

    public int stepsDone() {
        return lessonsRead + questionsRight;
    }

    /** 0-100, rounded down, so 100 means everything is done. */
    public int percent() {
        return steps() == 0 ? 0 : stepsDone() * 100 / steps();
    }

    public boolean complete() {
        return steps() > 0 && stepsDone() == steps();
    }
}
