package dk.attestkursus.mail;

import dk.attestkursus.courserun.CourseRunId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a mail is about, for the log, a run's delivery counts and cancelling: a kind (e.g. a run
 * mail's template key {@code introduktion}) and, for a run's mails, the run. Only the mail module
 * turns it into the stored text and back ({@code run-12/introduktion} for a run's mail, the kind
 * alone otherwise), so the rows written before the topic was typed read the same.
 */
public record MailTopic(String kind, @Nullable CourseRunId run) {

    private static final Pattern RUN = Pattern.compile("run-(\\d+)/(.+)");

    public MailTopic {
        if (kind.isBlank() || kind.contains("/")) {
            throw new IllegalArgumentException("A mail topic's kind is a non-blank word without '/': " + kind);
        }
    }

    /** A topic of no run (e.g. a test mail). */
    public static MailTopic of(String kind) {
        return new MailTopic(kind, null);
    }

    /** One of a run's mails. */
    public static MailTopic ofRun(CourseRunId run, String kind) {
        return new MailTopic(kind, run);
    }

    /** A dedupe key for one mail of this topic, e.g. one per recipient ({@code run-12/introduktion/34}). */
    public String dedupeKey(String part) {
        return stored() + "/" + part;
    }

    /** The text stored in {@code mail_message.topic}. */
    String stored() {
        return run == null ? kind : runPrefix(run) + kind;
    }

    /** The start every stored topic of the run's mails shares. */
    static String runPrefix(CourseRunId run) {
        return "run-" + run.value() + "/";
    }

    /** The topic of a stored text; a text that is no run's mail is a kind of its own. */
    static MailTopic parse(String stored) {
        Matcher m = RUN.matcher(stored);
        if (m.matches() && !m.group(2).contains("/")) {
            return new MailTopic(m.group(2), new CourseRunId(Long.parseLong(m.group(1))));
        }
        return new MailTopic(stored.replace('/', '-'), null);
    }
}
