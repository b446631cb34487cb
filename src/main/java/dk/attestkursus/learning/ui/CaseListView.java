package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormCase;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The "which form?" cases, with the ones already answered marked. */
@Route(value = LearningPaths.CASES, layout = MainLayout.class)
@RolesAllowed({AppRoles.PARTICIPANT, AppRoles.INSTRUCTOR})
@Menu(title = "nav.cases", order = 4, icon = "vaadin:clipboard-check")
class CaseListView extends Div implements HasDynamicTitle {

    CaseListView(CourseContent content, LearningService learning, AuthenticationContext auth) {
        addClassName("page");
        add(new H1(getTranslation("cases.title")), new Paragraph(getTranslation("cases.intro")));
        boolean participant = auth.hasRole(AppRoles.PARTICIPANT);
        if (!participant) {
            add(Preview.banner(this));
        }
        Map<String, String> answered = participant ? learning.myCaseChoices() : Map.of();
        OrderedList list = new OrderedList();
        list.setId("cases");
        list.addClassName("lesson-list");
        for (FormCase formCase : content.course().cases()) {
            ListItem item = new ListItem(new Anchor(path(formCase), formCase.title()));
            if (answered.containsKey(formCase.id())) {
                Span done = new Span(getTranslation("cases.answered"));
                done.addClassNames("status", "badge-ok");
                item.add(new Span(" "), done);
                item.getElement().setAttribute("data-answered", "true");
            }
            list.add(item);
        }
        add(list);
    }

    static String path(FormCase formCase) {
        return LearningPaths.formCase(formCase.id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title");
    }
}
