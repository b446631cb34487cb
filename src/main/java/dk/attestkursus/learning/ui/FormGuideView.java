package dk.attestkursus.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.FormTag;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.content.Source;
import dk.attestkursus.learning.LearningPaths;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The LÆ form guide: every form of the checked catalogue as a card, searchable and filterable. */
@Route(value = LearningPaths.FORM_GUIDE, layout = MainLayout.class)
@RolesAllowed({AppRoles.PARTICIPANT, AppRoles.INSTRUCTOR, AppRoles.ADMIN})
@Menu(title = "nav.formGuide", order = 6, icon = "vaadin:file-text-o")
class FormGuideView extends Div implements HasDynamicTitle {

    private final Course course;
    private final FormSearch search;
    private final TextField query = new TextField();
    private final Checkbox consultation = new Checkbox();
    private final CheckboxGroup<FormTag> tags = new CheckboxGroup<>();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();

    FormGuideView(CourseContent content) {
        this.course = content.course();
        this.search = new FormSearch(course.forms(), course.formTags());
        addClassName("page");
        add(new H1(getTranslation("forms.title")), new Paragraph(getTranslation("forms.intro")));

        query.setId("form-search");
        query.setLabel(getTranslation("forms.search"));
        query.setHelperText(getTranslation("forms.search.help"));
        query.setClearButtonVisible(true);
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setWidthFull();
        query.addValueChangeListener(e -> show());

        consultation.setId("form-consultation");
        consultation.setLabel(getTranslation("forms.filter.consultation"));
        consultation.addValueChangeListener(e -> show());

        tags.setId("form-tags");
        tags.setLabel(getTranslation("forms.filter.tags"));
        tags.setItems(course.formTags());
        tags.setItemLabelGenerator(FormTag::label);
        tags.addValueChangeListener(e -> show());

        Div filters = new Div(query, consultation, tags);
        filters.addClassName("form-filters");
        count.setId("form-count");
        count.getElement().setAttribute("aria-live", "polite");
        results.setId("form-results");
        results.addClassName("form-results");
        add(filters, count, results);
        show();
    }

    static String path(LaeForm form) {
        return LearningPaths.form(form.slug());
    }

    private void show() {
        Set<String> chosen = tags.getValue().stream().map(FormTag::key).collect(Collectors.toSet());
        List<LaeForm> found = search.find(query.getValue(), consultation.getValue(), chosen);
        count.setText(getTranslation("forms.count", found.size(), course.forms().size()));
        results.removeAll();
        if (found.isEmpty()) {
            Button clear = new Button(getTranslation("forms.clear"), e -> {
                query.clear();
                consultation.clear();
                tags.clear();
            });
            clear.setId("form-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div empty = new Div(new Paragraph(getTranslation("forms.empty")), clear);
            empty.addClassName("empty-state");
            results.add(empty);
            return;
        }
        found.forEach(form -> results.add(card(form)));
    }

    private Div card(LaeForm form) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("form-card");
        card.getElement().setAttribute("data-form", form.slug());
        H2 heading = new H2(new Anchor(path(form), form.number() + " " + form.title()));
        Paragraph purpose = new Paragraph(form.purpose());
        String tagText = form.tags().stream()
                .map(key -> course.formTags().stream()
                        .filter(t -> t.key().equals(key))
                        .findFirst()
                        .map(FormTag::label)
                        .orElse(key))
                .collect(Collectors.joining(", "));
        Paragraph tagLine = new Paragraph(getTranslation("forms.tags", tagText));
        tagLine.addClassName("form-tags-line");
        Paragraph sourceLine = new Paragraph(getTranslation(
                "forms.sources",
                form.sourceIds().stream()
                        .map(id -> course.source(id).map(Source::title).orElse(id))
                        .collect(Collectors.joining("; "))));
        sourceLine.addClassName("form-tags-line");
        card.add(heading, purpose, new FormDetails(form), tagLine, sourceLine);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forms.title");
    }
}
