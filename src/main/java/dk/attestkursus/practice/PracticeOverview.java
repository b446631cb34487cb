package dk.attestkursus.practice;

import org.jspecify.annotations.Nullable;

/**
 * The participant's own practice after the session: the question waiting for them, if any, the last one
 * they answered, how many they were asked and answered right, their streak (practice days in a row
 * answered, up to the newest) and whether they unsubscribed from the mails.
 */
public record PracticeOverview(
        @Nullable PracticeQuestion pending,
        @Nullable PracticeFeedback last,
        int asked,
        int answered,
        int right,
        int streak,
        boolean mailsOff) {

    /** Nothing to show: not after a session, or no question asked yet. */
    public boolean empty() {
        return pending == null && asked == 0;
    }
}
