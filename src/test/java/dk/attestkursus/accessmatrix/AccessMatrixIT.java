package dk.attestkursus.accessmatrix;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.accessmatrix.AccessTable.Row;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.ServiceMethods;
import dk.attestkursus.testsupport.ServiceMethods.Call;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

/**
 * The access matrix (issue 24, docs/decisions/028-access-matrix.md): every route in Vaadin's registry and
 * every public method of every service bean in the Spring context has one row in
 * {@code src/test/resources/access-matrix.txt}, and each subject gets what its cell says: routes by their
 * access annotations, service methods by calling them as the subject with arguments that point at one
 * caseworker's objects ({@link World}). A new route or method without a row fails here, named; so does a
 * row that names nothing any more, an unexpected allow and an unexpected deny. What each subject got is
 * written to {@code target/access-matrix-observed.txt} for review.
 */
@IntegrationTest
class AccessMatrixIT {

    /**
     * The object-level questions of issue 24, each a row in which some subjects are kept from the object
     * (hide or own) and some subject with {@code allow} reaches it, so the refusal is not just a bad argument.
     */
    static final List<String> OBJECT_LEVEL = List.of(
            "ExerciseService#myRequest(String)", // a caseworker asks for the exercise another has a draft of
            "ReviewService#myFeedback(RequestVersionId)", // ... for another's request version
            "CertificateService#mine()", // ... for a certificate
            "ActionPlanService#checkIn(Checkpoint,Map)", // ... answers another's action plan items by id
            "ActionPlanService#myPlan()",
            "SelfAssessmentService#mine(Phase)", // ... for a self-assessment
            "ReviewService#queue(CourseRunId)", // an instructor asks for another run's submissions
            "ReviewService#open(RequestVersionId)",
            "ResultsService#dashboard(TeamId,CourseRunId)"); // a leader asks for another team's results

    @Autowired
    ApplicationContext context;

    @Autowired
    WebApplicationContext web;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void every_route_and_service_method_has_exactly_one_row() throws IOException {
        AccessTable table = AccessTable.read();
        List<Routes.Route> routes = new Routes(web.getServletContext()).all();
        List<Call> calls = ServiceMethods.all(context);
        Set<String> targets = new TreeSet<>();
        routes.forEach(r -> targets.add(r.key()));
        calls.forEach(c -> targets.add(c.key()));

        Set<String> missing = new TreeSet<>(targets);
        missing.removeAll(table.rows().keySet());
        Set<String> stale = new TreeSet<>(table.rows().keySet());
        stale.removeAll(targets);

        assertThat(routes).as("routes in Vaadin's registry").hasSizeGreaterThan(40);
        assertThat(calls).as("public service methods in the Spring context").hasSizeGreaterThan(150);
        assertThat(missing)
                .as(
                        "routes and service methods without a row in %s: add one (decision 028; the"
                                + " observed cells are in target/access-matrix-observed.txt after a run)",
                        AccessTable.RESOURCE)
                .isEmpty();
        assertThat(stale)
                .as("rows in %s that match no route or service method any more", AccessTable.RESOURCE)
                .isEmpty();
    }

    @Test
    void every_subject_gets_what_its_cell_says() throws IOException {
        long started = System.nanoTime();
        AccessTable table = AccessTable.read();
        Verdicts verdicts = new Verdicts();
        Routes routes = new Routes(web.getServletContext());
        for (Routes.Route route : routes.all()) {
            Row row = table.rows().get(route.key());
            for (Subject subject : Subject.values()) {
                verdicts.route(route.key(), row, subject, routes.allows(route, subject));
            }
        }
        World world = World.build(context);
        ServiceCalls calls = new ServiceCalls(world, transactions);
        for (Call call : ServiceMethods.all(context)) {
            Row row = table.rows().get(call.key());
            for (Subject subject : Subject.values()) {
                verdicts.service(call.key(), row, subject, calls.call(subject, call));
            }
        }
        Set<String> unproven = new TreeSet<>(verdicts.objectRows);
        unproven.removeAll(verdicts.provenRows);
        Path observed = Path.of("target", "access-matrix-observed.txt");
        Files.createDirectories(observed.getParent());
        List<String> lines = new ArrayList<>(verdicts.observedLines());
        lines.add("# Object-level rows in which no subject with allow got an answer to the made-up input: " + unproven);
        Files.write(observed, lines);
        System.out.printf(
                "AccessMatrixIT: %,d route checks, %,d service checks, %,d refusals checked (%s), %d unexpected"
                        + " allows, %d unexpected denies; %d object-level rows, %d of them with the object reached"
                        + " by an allowed subject (the others: %s); %s%n",
                verdicts.routeChecks,
                verdicts.serviceChecks,
                verdicts.refusalsChecked(),
                verdicts.held.entrySet().stream()
                        .map(e -> e.getKey().text() + " " + e.getValue())
                        .collect(Collectors.joining(", ")),
                verdicts.unexpectedAllows.size(),
                verdicts.unexpectedDenies.size(),
                verdicts.objectRows.size(),
                verdicts.provenRows.size(),
                observed,
                Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
        assertThat(verdicts.unexpectedAllows)
                .as("unexpected allows: close them in the service, never in the table")
                .isEmpty();
        assertThat(verdicts.unexpectedDenies).as("unexpected denies").isEmpty();
        assertThat(verdicts.failures)
                .as("hidden or own cells whose call failed otherwise")
                .isEmpty();
        assertThat(verdicts.provenRows)
                .as("the object-level questions of issue 24, each answered for its owner and refused to the others")
                .containsAll(OBJECT_LEVEL);
    }
}
