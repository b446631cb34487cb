package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One way to name a route (decision 019): every {@code @Route} and {@code @RouteAlias} value is a
 * public constant of its feature's {@code *Paths} class (or of {@code StartPages}), which links fill
 * with {@link Routes#fill}; never a literal in the view or a path glued together beside it.
 */
class RouteNamesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.attestkursus");

    @Test
    void every_route_is_a_constant_of_a_paths_class() throws ReflectiveOperationException {
        Set<String> published = new HashSet<>();
        for (JavaClass paths : MAIN) {
            if (!paths.getSimpleName().endsWith("Paths")
                    && !paths.getSimpleName().equals("StartPages")) {
                continue;
            }
            for (JavaField field : paths.getFields()) {
                if (field.getModifiers()
                                .containsAll(Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC, JavaModifier.FINAL))
                        && field.getRawType().isEquivalentTo(String.class)) {
                    published.add((String) field.reflect().get(null));
                }
            }
        }
        Set<String> routes = new TreeSet<>();
        Set<String> loose = new TreeSet<>();
        for (JavaClass view : MAIN) {
            view.tryGetAnnotationOfType(Route.class).ifPresent(r -> routes.add(view.getSimpleName() + " " + r.value()));
            view.tryGetAnnotationOfType(RouteAlias.class)
                    .ifPresent(r -> routes.add(view.getSimpleName() + " " + r.value()));
        }
        for (String route : routes) {
            String value = route.substring(route.indexOf(' ') + 1);
            if (!published.contains(value)) {
                loose.add(route);
            }
        }
        assertThat(routes).as("the views' routes were found").hasSizeGreaterThan(30);
        assertThat(loose).as("routes that are not a *Paths constant").isEmpty();
    }
}
