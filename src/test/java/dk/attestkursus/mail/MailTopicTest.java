package dk.attestkursus.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.courserun.CourseRunId;
import org.junit.jupiter.api.Test;

/** The typed topic is stored in the column format of before, and read back from it. */
class MailTopicTest {

    @Test
    void a_run_mail_is_stored_as_before_and_read_back() {
        MailTopic topic = MailTopic.ofRun(new CourseRunId(12), "introduktion");
        assertThat(topic.stored()).isEqualTo("run-12/introduktion");
        assertThat(topic.dedupeKey("34")).isEqualTo("run-12/introduktion/34");
        assertThat(MailTopic.parse("run-12/introduktion")).isEqualTo(topic);
        assertThat(MailTopic.runPrefix(new CourseRunId(12))).isEqualTo("run-12/");
        assertThat(topic.stored()).startsWith(MailTopic.runPrefix(new CourseRunId(12)));
    }

    @Test
    void a_topic_of_no_run_is_its_kind() {
        assertThat(MailTopic.of("test-abc").stored()).isEqualTo("test-abc");
        assertThat(MailTopic.parse("test-abc")).isEqualTo(MailTopic.of("test-abc"));
        assertThat(MailTopic.parse("run-x/abc").run()).isNull();
        assertThatThrownBy(() -> MailTopic.of("run-12/introduktion")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailTopic.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
