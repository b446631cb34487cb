package dk.attestkursus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature packages honest: no cycles, no use of another feature's internals
 * (sub-packages such as {@code domain} and {@code ui} are private to their feature).
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void feature_modules_have_no_cycles_and_keep_their_internals_private() {
        modules.verify();
    }

    @Test
    void the_expected_feature_modules_exist() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("base", "security", "content", "courserun", "learning", "admin");
    }

    @Test
    void writes_module_documentation() throws IOException {
        modules.verify(); // never document a structure that breaks the rules
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(new File("docs/modules/components.puml")).exists();
        sortRelations(Path.of("docs/modules"));
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
