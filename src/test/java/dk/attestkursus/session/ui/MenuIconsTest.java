package dk.attestkursus.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every menu entry of the session and myths pages has an icon that exists: an unknown name (such as
 * the "vaadin:podium" "I sessionen" had) draws nothing and leaves a gap in the menu.
 */
class MenuIconsTest {

    private static List<Class<?>> menuViews(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<Class<?>> views = new ArrayList<>();
        for (var bean : scanner.findCandidateComponents(basePackage)) {
            try {
                views.add(Class.forName(bean.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return views;
    }

    @Test
    void every_menu_icon_of_the_session_and_myths_pages_is_one_of_vaadins_icons() {
        List<Class<?>> views = new ArrayList<>(menuViews("dk.attestkursus.session"));
        views.addAll(menuViews("dk.attestkursus.myths"));
        List<String> known = Arrays.stream(VaadinIcon.values())
                .map(i -> "vaadin:" + i.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();

        assertThat(views).isNotEmpty();
        assertThat(views)
                .allSatisfy(view -> assertThat(known)
                        .as("icon of %s", view.getSimpleName())
                        .contains(view.getAnnotation(Menu.class).icon()));
    }

    @Test
    void the_caseworkers_session_page_has_a_menu_entry_with_an_icon() {
        Menu menu = SessionLiveView.class.getAnnotation(Menu.class);

        assertThat(menu.title()).isEqualTo("nav.live");
        assertThat(menu.icon()).isEqualTo("vaadin:presentation");
    }
}
