package dk.attestkursus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the modules honest: no cycles, no use of another module's internals (sub-packages such as
 * {@code domain} and {@code ui} are private to their module unless named as an interface), exactly
 * the modules we mean to have, and every module on a floor of its own below the modules that use it
 * (docs/architecture.md).
 *
 * <p>The module diagrams in {@code docs/modules} are written only when asked, so that an ordinary
 * test run leaves the working tree alone:
 *
 * <pre>
 * ./mvnw test -Dtest=ModularityTest -Dmodules.document=true
 * </pre>
 */
class ModularityTest {

    /**
     * The floors, lowest first. A module may use only modules on lower floors: not one on its own
     * floor, not one above. A module that needs one on its own floor belongs a floor higher; a module
     * that needs one above it has the dependency upside down (publish an event, pass a typed id, or
     * let the higher module contribute a bean such as a {@code StartPageCard}). Derived from the real
     * dependencies; docs/architecture.md explains each floor.
     */
    static final List<Floor> FLOORS = List.of(
            new Floor("kernel", "kernel"), // entity base, typed ids; depends on nothing
            new Floor("foundations", "content", "security"), // the course as data; accounts, login
            new Floor("shell", "base"), // layout, i18n, clock; the layout shows the current account
            // personal data: the extension point every feature with a person's data implements (issue 25)
            new Floor("privacy", "privacy"),
            new Floor("municipalities", "municipalities"), // the platform's municipalities (decision 020)
            new Floor("records", "courserun"), // runs, enrolment, attendance
            new Floor("outbox", "mail"), // the mail outbox; its topics name the run a mail belongs to
            // invitations, password resets and the own account page: mails with personal links (issue 22)
            new Floor("self-service", "selfservice"),
            // the caseworker's course and start page; myth guesses and live polls, whose components
            // the session places on its pages (the myths' start-page card is a StartPageCard)
            new Floor("course", "learning", "myths"),
            new Floor(
                    "requests", "requests"), // request-writing; reads module completion and lesson links from learning
            new Floor("run features", "certificates", "practice", "session", "transfer"),
            new Floor("run mails", "runmails"), // the run's mail waves; their texts link preparation and follow-up
            new Floor("overviews", "admin", "results")); // the administrator's screens; the leaders' results

    /** One floor of modules that do not depend on each other. */
    record Floor(String name, Set<String> modules) {
        Floor(String name, String... modules) {
            this(name, Set.of(modules));
        }
    }

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_have_no_cycles_and_keep_their_internals_private() {
        modules.verify();
    }

    @Test
    void exactly_the_expected_modules_exist() {
        assertThat(identifiers())
                .containsExactlyInAnyOrder(
                        "kernel",
                        "selfservice",
                        "base",
                        "privacy",
                        "security",
                        "content",
                        "courserun",
                        "learning",
                        "myths",
                        "requests",
                        "session",
                        "results",
                        "transfer",
                        "mail",
                        "runmails",
                        "admin",
                        "certificates",
                        "practice",
                        "municipalities");
    }

    @Test
    void every_module_stands_on_exactly_one_floor() {
        var onFloors = new ArrayList<String>();
        FLOORS.forEach(floor -> onFloors.addAll(floor.modules()));
        assertThat(onFloors).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(onFloors))
                .as("modules and floors (add a new module to a floor in FLOORS)")
                .isEqualTo(new TreeSet<>(identifiers()));
    }

    @Test
    void no_module_depends_on_a_module_on_its_own_floor_or_above() {
        var floorOf = new HashMap<String, Integer>();
        for (int i = 0; i < FLOORS.size(); i++) {
            for (String module : FLOORS.get(i).modules()) {
                floorOf.put(module, i);
            }
        }
        var faults = new TreeSet<String>();
        for (ApplicationModule module : modules) {
            String source = module.getIdentifier().toString();
            module.getDirectDependencies(modules).stream().forEach(dependency -> {
                String target = dependency.getTargetModule().getIdentifier().toString();
                int from = floorOf.getOrDefault(source, -1);
                int to = floorOf.getOrDefault(target, -1);
                if (!source.equals(target) && to >= from) {
                    faults.add("%s (floor %d, %s) depends on %s (floor %d, %s%s): %s -> %s"
                            .formatted(
                                    source,
                                    from,
                                    from < 0 ? "none" : FLOORS.get(from).name(),
                                    target,
                                    to,
                                    to < 0 ? "none" : FLOORS.get(to).name(),
                                    to == from ? ", the same floor" : ", a higher floor",
                                    dependency.getSourceType().getName(),
                                    dependency.getTargetType().getName()));
                }
            });
        }
        assertThat(faults)
                .as("dependencies that run sideways or back up the floors (docs/architecture.md)")
                .isEmpty();
    }

    /**
     * Writes the module diagrams to {@code docs/modules}; skipped unless {@code -Dmodules.document=true}
     * (see the class comment).
     */
    @Test
    @EnabledIfSystemProperty(named = "modules.document", matches = "true")
    void writes_module_documentation() throws IOException {
        modules.verify(); // never document a structure that breaks the rules
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(new File("docs/modules/components.puml")).exists();
        sortRelations(Path.of("docs/modules"));
    }

    private List<String> identifiers() {
        return modules.stream()
                .map(ApplicationModule::getIdentifier)
                .map(Object::toString)
                .toList();
    }

    /** The Documenter writes relations in no fixed order; sort them so the committed diagrams only change with the code. */
    private static void sortRelations(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                var lines = Files.readAllLines(file);
                var sorted = new ArrayList<String>();
                var relations = new ArrayList<String>();
                for (String line : lines) {
                    if (line.startsWith("Rel(")) {
                        relations.add(line);
                        continue;
                    }
                    Collections.sort(relations);
                    sorted.addAll(relations);
                    relations.clear();
                    sorted.add(line);
                }
                Collections.sort(relations);
                sorted.addAll(relations);
                Files.write(file, sorted);
            }
        }
    }
}
