package dk.attestkursus;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Every feature's service is its door (decision 028): each public method of a {@code @Service} says who
 * may call it with {@code @PreAuthorize}, on the method or on the class ({@code "permitAll()"} where
 * anyone may, so that is a decision too). The access matrix ({@code AccessMatrixIT}) then checks what each
 * subject really gets; this test fails sooner, without a database.
 */
class ServiceDoorsTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.attestkursus");

    @Test
    void every_public_service_method_says_who_may_call_it() {
        Set<String> services = new TreeSet<>();
        Set<String> open = new TreeSet<>();
        for (JavaClass service : MAIN) {
            if (!service.isAnnotatedWith(Service.class)) {
                continue;
            }
            services.add(service.getSimpleName());
            boolean classGuarded = service.isAnnotatedWith(PreAuthorize.class);
            for (JavaMethod method : service.getMethods()) {
                if (method.getModifiers().contains(JavaModifier.PUBLIC)
                        && !method.getModifiers().contains(JavaModifier.STATIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !classGuarded
                        && !method.isAnnotatedWith(PreAuthorize.class)) {
                    open.add(service.getSimpleName() + "#" + method.getName());
                }
            }
        }
        assertThat(services).as("service classes").hasSizeGreaterThan(30);
        assertThat(open)
                .as("public service methods without @PreAuthorize (on the method or its class)")
                .isEmpty();
    }
}
