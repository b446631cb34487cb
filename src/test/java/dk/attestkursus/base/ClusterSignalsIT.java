package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestDatabase;
import dk.attestkursus.testsupport.Unique;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signals between instances (decision 031): on PostgreSQL a signal published by one instance reaches every
 * other instance's listeners, in order, and never its own; on H2 (one instance) there is nobody to tell.
 */
@IntegrationTest
class ClusterSignalsIT {

    @Autowired
    ClusterSignals signals;

    @Autowired
    MunicipalJdbc jdbc;

    @Test
    void on_h2_nothing_is_sent_and_nothing_listens() {
        assumeFalse(TestDatabase.postgres());
        assertThat(signals.active()).isFalse();
        assertThat(signals.listening()).isFalse();
        signals.publish("test", "nobody hears this"); // no other instance: does nothing, refuses nothing
        assertThat(signals.received()).isZero();
    }

    @Test
    void a_signal_reaches_the_other_instance_in_order_and_not_the_one_that_sent_it() throws Exception {
        assumeTrue(TestDatabase.postgres());
        String topic = "test-" + Unique.tag();
        BlockingQueue<String> heardHere = new LinkedBlockingQueue<>();
        BlockingQueue<String> heardThere = new LinkedBlockingQueue<>();
        signals.listen(topic, heardHere::add);
        ClusterSignals other = OtherInstance.signals(jdbc);
        try {
            other.listen(topic, heardThere::add);
            await().atMost(Duration.ofSeconds(10)).until(() -> signals.listening() && other.listening());

            for (int i = 1; i <= 3; i++) {
                signals.publish(topic, "run " + i);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> heardThere.size() == 3);
            assertThat(heardThere).containsExactly("run 1", "run 2", "run 3");

            other.publish(topic, "from the other");
            await().atMost(Duration.ofSeconds(10)).until(() -> heardHere.contains("from the other"));
            // Signals arrive in the order they were sent: once a later one is in, an own signal would be too.
            signals.publish(topic, "marker");
            await().atMost(Duration.ofSeconds(10)).until(() -> heardThere.contains("marker"));
            assertThat(heardHere).containsExactly("from the other");
            assertThat(heardThere).containsExactly("run 1", "run 2", "run 3", "marker");
        } finally {
            other.stop();
        }
    }

    @Test
    void a_signal_carries_ids_never_content() {
        assumeTrue(TestDatabase.postgres());
        String large = "x".repeat(8_000);
        assertThatThrownBy(() -> signals.publish("test", large)).isInstanceOf(IllegalArgumentException.class);
    }
}
