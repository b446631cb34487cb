package dk.attestkursus.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as a process of its own, as a user runs it: started with {@code java}, reached
 * over HTTP on a port of its own, stopped or killed outright ({@code SIGKILL}) and started again on
 * the same port and database. For tests and benchmarks that need the server to go away (a browser
 * test that kills it mid-typing, the soak benchmark that drives the production jar for hours).
 *
 * <p>Either the test's own classpath (the code under test, no packaging needed) or a built jar.
 * The working directory is the project root, so {@code content/} and {@code frontend/} are found as
 * in {@code ./mvnw spring-boot:run}. Each start's output goes to {@code app-N.log} in the work folder.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("attestkursus.app.start-timeout", 240));

    private final List<String> launch;
    private final Map<String, String> env;
    private final Path work;
    private final int port;
    private final List<String> args = new ArrayList<>();
    private Process process;
    private int starts;
    private Path log;

    private AppProcess(List<String> launch, Path work, int port, Map<String, String> env) {
        this.launch = launch;
        this.work = work;
        this.port = port;
        this.env = env;
    }

    /** The application from the test classpath (the classes under test), on a free port. */
    public static AppProcess fromTestClasspath(Path work, List<String> jvmOptions) {
        List<String> launch = new ArrayList<>();
        launch.add(javaBinary());
        launch.addAll(jvmOptions);
        launch.addAll(List.of("-cp", System.getProperty("java.class.path"), "dk.attestkursus.Application"));
        return new AppProcess(launch, work, freePort(), new LinkedHashMap<>());
    }

    /** A built jar (e.g. the production jar of {@code ./mvnw -Pproduction package}), on a free port. */
    public static AppProcess fromJar(Path jar, Path work, List<String> jvmOptions, Map<String, String> env) {
        List<String> launch = new ArrayList<>();
        launch.add(javaBinary());
        launch.addAll(jvmOptions);
        launch.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return new AppProcess(launch, work, freePort(), new LinkedHashMap<>(env));
    }

    /** Application arguments (e.g. {@code --spring.datasource.url=...}), for this and every later start. */
    public AppProcess withArgs(String... more) {
        args.addAll(List.of(more));
        return this;
    }

    /**
     * The default profile's H2 file database (its URL and settings as configured), in a data folder
     * under the work folder: it survives a kill and a restart as a user's {@code ./data} does.
     */
    public AppProcess withH2FileDatabase() {
        return withArgs("--attestkursus.data-dir=" + work.resolve("data").toAbsolutePath());
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Whether the process of the latest start is still running (false before the first start). */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The work folder (start logs, the H2 file database of {@link #withH2FileDatabase()}). */
    public Path work() {
        return work;
    }

    /** The log of the latest start. */
    public Path log() {
        return log;
    }

    /** Starts the application and waits until it is ready (see {@link #awaitReady}). */
    public AppProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>(launch);
        command.add("--server.port=" + port);
        command.add("--attestkursus.content-dir=" + Path.of("content").toAbsolutePath());
        command.addAll(args);
        try {
            Files.createDirectories(work);
            log = work.resolve("app-" + (++starts) + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(Path.of("").toAbsolutePath().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().putIfAbsent("VAADIN_USAGE_STATS_ENABLED", "false");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
        return this;
    }

    /**
     * Waits until the instance is ready ({@code /actuator/health/readiness} 200): migrated, its repositories
     * made and its start-up runners (the demo data) done. The login page answers earlier (the repositories are
     * made after the web server starts, issue 26), so it is no sign that a demo user can log in.
     */
    private void awaitReady() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            // Polling a server that is starting: the process's own exit is the other condition, so
            // wait on it for a moment rather than sleeping.
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("not ready within " + START_TIMEOUT + "; see " + log);
    }

    /** Kills the process outright, as a crash or {@code kill -9} would: no shutdown hooks, no goodbye. */
    public void kill() {
        end(true);
    }

    /** Stops the process as an operator would ({@code SIGTERM}): shutdown hooks run. */
    public void stop() {
        end(false);
    }

    private void end(boolean force) {
        if (process == null || !process.isAlive()) {
            return;
        }
        if (force) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
