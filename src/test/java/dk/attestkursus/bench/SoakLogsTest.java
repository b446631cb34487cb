package dk.attestkursus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The soak benchmark reads the logs as they are written: ERRORs, stack traces, known entries, 5xx. */
class SoakLogsTest {

    @TempDir
    Path dir;

    @Test
    void errors_and_stack_traces_count_apart_from_the_known_atmosphere_entry() throws Exception {
        Path log = dir.resolve("app-1.log");
        Files.writeString(log, """
                2026-12-06T17:25:20.001Z  WARN 1 --- [attestkursus] [           main] o.h.e.j.e.i.JdbcEnvironmentInitiator     : at start-up
                2026-12-06T17:25:29.575Z  INFO 1 --- [attestkursus] [           main] dk.attestkursus.Application              : Started Application in 22.472 seconds (process running for 24.421)
                2026-12-06T17:27:23.635Z  WARN 1 --- [attestkursus] [phere-Shared-53] o.atmosphere.cpr.AtmosphereResponseImpl  : AtmosphereResponse for 7f2c has been closed
                2026-12-06T17:27:48.137Z ERROR 1 --- [attestkursus] [o-33125-exec-10] o.atmosphere.cpr.AsynchronousProcessor   : Failed to cancel resource: 038cba59

                java.lang.NullPointerException: Cannot invoke "org.atmosphere.cpr.AtmosphereResource.getResponse()" because "resource" is null
                \tat java.base/java.lang.Thread.run(Thread.java:1474) ~[na:na]

                2026-12-06T18:27:09.942Z ERROR 1 --- [attestkursus] [phere-Shared-38] c.v.f.s.c.PushAtmosphereHandler          : Exception in push connection

                java.lang.IllegalStateException: Message will not be sent because the WebSocket session has been closed
                \tat org.apache.tomcat.websocket.WsRemoteEndpointImplBase.writeMessagePart(WsRemoteEndpointImplBase.java:541)
                2026-12-06T18:28:09.942Z ERROR 1 --- [attestkursus] [phere-Shared-38] c.v.f.s.c.PushAtmosphereHandler          : Exception in push connection

                java.lang.IllegalArgumentException: something else
                2026-12-06T17:30:00.000Z ERROR 1 --- [attestkursus] [io-33125-exec-3] c.v.flow.server.DefaultErrorHandler      : Unexpected error: could not execute statement

                org.h2.jdbc.JdbcSQLNonTransientConnectionException: Database is already closed [90121-240]
                \tat org.h2.message.DbException.getJdbcSQLException(DbException.java:690)
                Caused by: org.h2.message.DbException: Database is already closed
                2026-12-06T17:31:00.000Z  INFO 1 --- [attestkursus] [   scheduling-1] d.a.transfer.TransferPlanner             : fine
                2026-12-06T17:52:34.623Z  WARN 1 --- [attestkursus] [io-45417-exec-1] org.hibernate.orm.jdbc.error             : HHH000247: ErrorCode: 23514, SQLState: 23514
                2026-12-06T17:51:48.291Z  INFO 1 --- [attestkursus] [   scheduling-1] d.attestkursus.transfer.TransferPlanner  : Wave 'introduktion' of run 2 was queued by another instance
                """);
        SoakLogs.AppLog read = SoakLogs.appLog(log);
        assertThat(read.started()).isTrue();
        assertThat(read.errors())
                .as("the push error with another trace, and the H2 one")
                .isEqualTo(2);
        assertThat(read.firstErrors()).hasSize(2).last().asString().contains("DefaultErrorHandler");
        assertThat(read.traces())
                .as("the other push trace and the H2 one; the known ones belong to their entries")
                .isEqualTo(2);
        assertThat(read.firstTraces())
                .last()
                .asString()
                .startsWith("org.h2.jdbc.JdbcSQLNonTransientConnectionException");
        assertThat(read.known()).containsEntry("push-to-closed-websocket", 1);
        assertThat(read.warnings())
                .as("Hibernate's, not Atmosphere's known one")
                .isEqualTo(1);
        assertThat(read.firstWarnings()).singleElement().asString().contains("SQLState: 23514");
        assertThat(read.startupWarnings()).isEqualTo(1);
        assertThat(read.known())
                .containsEntry("atmosphere-close-race", 1)
                .containsEntry("atmosphere-response-closed", 1);
        assertThat(read.impossible()).isEqualTo(1);
    }

    @Test
    void the_access_log_counts_requests_and_server_errors_as_lines_arrive() throws Exception {
        Path file = dir.resolve("access.log");
        SoakLogs.AccessLog access = new SoakLogs.AccessLog(file);
        access.read();
        assertThat(access.requests()).isZero();
        Files.writeString(file, """
                127.0.0.1 - [06/Dec/2026:17:25:30 +0000] "GET /login HTTP/1.1" 200 3264 779
                0:0:0:0:0:0:0:1 4F2A [06/Dec/2026:17:25:35 +0000] "POST /?v-r=uidl&v-uiId=6 HTTP/1.1" 500 120 55
                0:0:0:0:0:0:0:1 4F2A [06/Dec/2026:17:25:36 +0000] "GET /VAADIN/push?v-r=push&v-uiId=6 HTTP/1.1" 101 - 90000
                0:0:0:0:0:0:0:1 4F2A [06/Dec/2026:17:25:37 +0000] "GET /favi""");
        access.read();
        assertThat(access.requests()).as("the last line is not complete yet").isEqualTo(3);
        assertThat(access.serverErrors()).isEqualTo(1);
        assertThat(access.firstServerErrors()).singleElement().asString().contains("v-r=uidl");
        SoakLogs.Window window = access.takeWindow();
        assertThat(window.sortedMillis())
                .as("the push connection is no response time")
                .containsExactly(55L, 779L);
        Files.writeString(file, "con.ico HTTP/1.1\" 404 - 3\n", StandardOpenOption.APPEND);
        access.read();
        assertThat(access.requests()).isEqualTo(4);
        assertThat(access.byStatus()).containsEntry(404, 1L).containsEntry(200, 1L);
        assertThat(access.takeWindow().requests()).isEqualTo(1);
    }
}
