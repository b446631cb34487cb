package dk.attestkursus;

import static org.assertj.core.api.Assertions.assertThat;

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
    void writes_module_documentation() throws java.io.IOException {
        modules.verify(); // never document a structure that breaks the rules
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
        sortRelations(java.nio.file.Path.of("docs/modules"));
    }

    /** The Documenter writes relations in no fixed order; sort them so the committed diagrams only change with the code. */
    private static void sortRelations(java.nio.file.Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                var lines = java.nio.file.Files.readAllLines(file);
                var sorted = new java.util.ArrayList<String>();
                var relations = new java.util.ArrayList<String>();
                for (String line : lines) {
                    if (line.startsWith("Rel(")) {
                        relations.add(line);
                        continue;
                    }
                    java.util.Collections.sort(relations);
                    sorted.addAll(relations);
                    relations.clear();
                    sorted.add(line);
                }
                java.util.Collections.sort(relations);
                sorted.addAll(relations);
                java.nio.file.Files.write(file, sorted);
            }
        }
    }
}
