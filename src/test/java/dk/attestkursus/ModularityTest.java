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
    void writes_module_documentation() {
        modules.verify(); // never document a structure that breaks the rules
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
    }
}
