package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/** One form at its own address, e.g. /attestguide/lae-285, with its sources. */
@Route(value = LearningPaths.FORM, layout = MainLayout.class)
@RolesAllowed({AppRoles.PARTICIPANT, AppRoles.INSTRUCTOR, AppRoles.ADMIN})
class FormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseContent content;
    private String title = "";

    FormView(CourseContent content) {
        this.content = content;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Course course = content.course();
        LaeForm form =
                course.form(event.getRouteParameters().get("form").orElse("")).orElseThrow(NotFoundException::new);
        title = form.number() + " " + form.title();
        removeAll();
        Anchor back = new Anchor(LearningPaths.FORM_GUIDE, getTranslation("forms.back"));
        back.setId("form-back");
        H1 heading = new H1(title);
        heading.setId("form-title");
        add(
                back,
                heading,
                new Paragraph(form.purpose()),
                new FormDetails(form),
                SourceList.of(getTranslation("lesson.sources"), course, form.sourceIds()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
