package dk.attestkursus.requests.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.ui.ChoiceGroups;
import dk.attestkursus.base.ui.MainLayout;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.requests.Advice;
import dk.attestkursus.requests.Exercises;
import dk.attestkursus.requests.RequestField;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.requests.RequestPaths;
import dk.attestkursus.requests.RequestRefusedException;
import dk.attestkursus.requests.RequestRules;
import dk.attestkursus.requests.RequestStateException;
import dk.attestkursus.requests.RequestStatus;
import dk.attestkursus.requests.RequestVersionId;
import dk.attestkursus.requests.Review;
import dk.attestkursus.requests.ReviewInput;
import dk.attestkursus.requests.ReviewService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reviewing one submitted version: the case, the request and the automatic guidance beside the
 * rubric, a comment per criterion (optionally anchored to a field), an overall comment and the
 * practice consultant's "sådan læser lægen det". Save, or return the feedback to the caseworker.
 */
@Route(value = RequestPaths.REVIEW, layout = MainLayout.class)
@RolesAllowed(AppRoles.INSTRUCTOR)
class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final CourseContent content;
    private final AccountService accounts;
    private final AppI18NProvider i18n;
    private final Map<String, RadioButtonGroup<Integer>> scores = new LinkedHashMap<>();
    private final Map<String, TextArea> comments = new HashMap<>();
    private final Map<String, Select<RequestField>> anchors = new HashMap<>();
    private final TextArea overall = new TextArea();
    private final TextArea gpReading = new TextArea();
    private final Paragraph who = new Paragraph();
    private final List<Button> actions = new ArrayList<>();
    private @Nullable RequestVersionId versionId;
    private long reviewVersion = -1;
    private String title = "";

    ReviewView(ReviewService reviews, CourseContent content, AccountService accounts, AppI18NProvider i18n) {
        this.reviews = reviews;
        this.content = content;
        this.accounts = accounts;
        this.i18n = i18n;
        addClassName("page");
    }

    static String path(RequestVersionId versionId) {
        return RequestPaths.review(versionId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RequestVersionId id;
        try {
            id = new RequestVersionId(
                    Long.parseLong(event.getRouteParameters().get("version").orElse("")));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        Review review;
        try {
            review = reviews.open(id);
        } catch (RequestStateException e) {
            throw new NotFoundException();
        }
        versionId = id;
        Course course = content.course();
        Writing.Exercise exercise =
                course.writing().exercise(review.exerciseId()).orElseThrow(NotFoundException::new);
        Map<AccountId, String> names = accounts.displayNames(List.of(review.author()));
        title = getTranslation(
                "review.title", names.getOrDefault(review.author(), "?"), Exercises.title(course, exercise));
        removeAll();
        add(new Anchor(RequestPaths.REVIEWS, getTranslation("review.back")), new H1(title));
        Paragraph meta = new Paragraph(getTranslation(
                "reviews.meta", review.number(), Formats.dateTime(review.submittedAt(), getLocale(), i18n)));
        meta.addClassName("meta");
        add(meta);
        Div columns = new Div(requestColumn(course, exercise, review), rubricColumn(course, review));
        columns.addClassName("review-columns");
        add(columns);
        shown(review);
    }

    /** The case, the task, the request (and the one before), the advice given while writing, the purpose hint. */
    private Div requestColumn(Course course, Writing.Exercise exercise, Review review) {
        Div left = new Div();
        left.addClassName("review-request");
        Exercises.caseOf(course, exercise)
                .ifPresent(formCase -> left.add(new Details(
                        getTranslation("requests.case"),
                        new Html("<div class=\"lesson-body\">" + formCase.situationHtml() + "</div>"))));
        left.add(new Paragraph(exercise.task()), request(review.fields()));
        if (review.previous() != null) {
            left.add(new Details(getTranslation("review.previous", review.number() - 1), request(review.previous())));
        }
        // What the caseworker was advised while writing, so the score can follow up on it.
        GuidancePanel guidance = new GuidancePanel(course, "review.guidanceTitle", "review.guidanceNote");
        guidance.show(review.guidance());
        left.add(guidance);
        Paragraph hint = new Paragraph(getTranslation("review.purposeHint", exercise.purposeHint()));
        hint.addClassName("meta");
        left.add(hint);
        return left;
    }

    /** The rubric's criteria, the overall comment, the reading for the GP, and save or return. */
    private Div rubricColumn(Course course, Review review) {
        Div right = new Div();
        right.addClassNames("card", "review-rubric");
        right.setId("rubric");
        right.add(new H2(getTranslation("review.rubric")));
        Writing.Rubric rubric = course.writing().rubric();
        for (Writing.Criterion criterion : rubric.criteria()) {
            right.add(criterion(
                    criterion,
                    rubric,
                    review.input().criteria().get(criterion.key()),
                    review.guidance().stream()
                            .filter(a -> !a.isPraise() && a.kind().criterion().equals(criterion.key()))
                            .toList()));
        }
        overall.setId("review-overall");
        overall.setLabel(getTranslation("review.overall"));
        overall.setWidthFull();
        overall.setValue(review.input().overall());
        gpReading.setId("review-gp");
        gpReading.setLabel(getTranslation("review.gpReading"));
        gpReading.setHelperText(getTranslation("review.gpReadingHelp"));
        gpReading.setWidthFull();
        gpReading.setValue(review.input().gpReading());
        who.setId("review-who");
        who.addClassName("meta");
        Button save = action("review-save", "review.save", false);
        Button send = action("review-return", "review.return", true);
        Div actions = new Div(save, send);
        actions.addClassName("actions");
        right.add(overall, gpReading, who, actions);
        return right;
    }

    private Div request(RequestFields fields) {
        Div box = new Div();
        box.addClassNames("card", "request-view");
        String form = fields.form().isEmpty()
                ? "–"
                : RequestRules.NO_FORM.equals(fields.form()) ? getTranslation("cases.none") : fields.form();
        box.add(field("form", form), field("purpose", fields.purpose()), field("background", fields.background()));
        OrderedList questions = new OrderedList();
        fields.askedQuestions().forEach(q -> questions.add(new ListItem(q)));
        box.add(new H3(getTranslation("requests.anchor.questions")), questions);
        box.add(
                field(
                        "consent",
                        Boolean.TRUE.equals(fields.consentGiven())
                                ? getTranslation("requests.consent.yes") + ": " + fields.consentFor()
                                : getTranslation("requests.consent.no")),
                field("enclosures", fields.enclosures()));
        return box;
    }

    private Div field(String key, String value) {
        Paragraph text = new Paragraph(value.isBlank() ? "–" : value);
        text.addClassName("request-value");
        text.getElement().setAttribute("data-field", key);
        return new Div(new H3(getTranslation("requests.anchor." + key)), text);
    }

    private Div criterion(
            Writing.Criterion criterion,
            Writing.Rubric rubric,
            ReviewInput.@Nullable Criterion given,
            List<Advice> advised) {
        Div box = new Div();
        box.addClassName("rubric-criterion");
        box.getElement().setAttribute("data-criterion", criterion.key());
        for (Advice advice : advised) {
            Paragraph seen = new Paragraph(getTranslation("review.advised", GuidancePanel.text(this, advice)));
            seen.addClassNames("meta", "rubric-advised");
            seen.getElement().setAttribute("data-kind", advice.kind().name());
            box.add(seen);
        }
        RadioButtonGroup<Integer> score = ChoiceGroups.required(
                "score-" + criterion.key(),
                criterion.title() + " – " + criterion.question(),
                rubric.scale(),
                level -> level + ": " + criterion.levels().get(level));
        score.setRequiredIndicatorVisible(false);
        TextArea comment = new TextArea(getTranslation("review.comment", criterion.title()));
        comment.setId("comment-" + criterion.key());
        comment.setWidthFull();
        Select<RequestField> anchor = new Select<>();
        anchor.setId("anchor-" + criterion.key());
        anchor.setLabel(getTranslation("review.anchor"));
        anchor.setItems(RequestField.values()); // the empty selection is "the whole request"
        anchor.setEmptySelectionAllowed(true);
        anchor.setEmptySelectionCaption(getTranslation("review.anchor.whole"));
        anchor.setItemLabelGenerator(f -> f == null
                ? getTranslation("review.anchor.whole")
                : getTranslation("requests.anchor." + f.name().toLowerCase(Locale.ROOT)));
        if (given != null) {
            score.setValue(given.score());
            comment.setValue(given.comment());
            anchor.setValue(given.anchor());
        }
        scores.put(criterion.key(), score);
        comments.put(criterion.key(), comment);
        anchors.put(criterion.key(), anchor);
        box.add(score, comment, anchor);
        return box;
    }

    private ReviewInput input() {
        Map<String, ReviewInput.Criterion> criteria = new HashMap<>();
        scores.forEach((key, score) -> criteria.put(
                key,
                new ReviewInput.Criterion(
                        score.getValue(),
                        comments.get(key).getValue(),
                        anchors.get(key).getValue())));
        return new ReviewInput(criteria, overall.getValue(), gpReading.getValue());
    }

    private Button action(String id, String labelKey, boolean returning) {
        Button button = new Button(
                getTranslation(labelKey),
                e -> run(
                        returning
                                ? () -> reviews.returnToWriter(shownVersion(), input(), reviewVersion)
                                : () -> reviews.save(shownVersion(), input(), reviewVersion),
                        returning));
        button.setId(id);
        button.addThemeVariants(returning ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        actions.add(button);
        return button;
    }

    private RequestVersionId shownVersion() {
        return Objects.requireNonNull(versionId, "no version shown");
    }

    private void run(Supplier<Review> action, boolean returning) {
        scores.values().forEach(s -> s.setInvalid(false));
        try {
            Review review = action.get();
            shown(review);
            Notification.show(
                            getTranslation(returning ? "review.returned" : "review.saved"),
                            4000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RequestStateException refused) {
            if (refused.reason() == RequestStateException.Reason.INCOMPLETE) {
                scores.values().stream().filter(s -> s.getValue() == null).forEach(s -> {
                    s.setErrorMessage(getTranslation("review.scoreMissing"));
                    s.setInvalid(true);
                });
            }
            String key = refused.reason() == RequestStateException.Reason.CONFLICT
                    ? "review.error.conflict"
                    : refused.messageKey();
            Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (RequestRefusedException refused) {
            Notification.show(
                            refused.problems().stream()
                                    .map(p -> getTranslation(
                                            p.messageKey(), p.params().toArray()))
                                    .distinct()
                                    .reduce((a, b) -> a + " " + b)
                                    .orElse(""),
                            8000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void shown(Review review) {
        reviewVersion = review.reviewVersion();
        // Returned feedback is what the caseworker has read: it is shown, not edited.
        boolean returned = review.status() == RequestStatus.RETURNED;
        scores.values().forEach(s -> s.setReadOnly(returned));
        comments.values().forEach(c -> c.setReadOnly(returned));
        anchors.values().forEach(a -> a.setReadOnly(returned));
        overall.setReadOnly(returned);
        gpReading.setReadOnly(returned);
        actions.forEach(b -> b.setVisible(!returned));
        List<AccountId> ids = new ArrayList<>();
        ids.add(review.author());
        if (review.startedBy() != null) {
            ids.add(review.startedBy());
        }
        if (review.updatedBy() != null) {
            ids.add(review.updatedBy());
        }
        if (review.returnedBy() != null) {
            ids.add(review.returnedBy());
        }
        Map<AccountId, String> names = accounts.displayNames(ids);
        if (review.startedBy() == null || review.updatedAt() == null) {
            who.setText(getTranslation("review.notStarted"));
        } else {
            String text = getTranslation(
                    "review.who",
                    names.getOrDefault(review.startedBy(), "?"),
                    names.getOrDefault(Objects.requireNonNull(review.updatedBy()), "?"),
                    Formats.dateTime(review.updatedAt(), getLocale(), i18n));
            if (review.status() == RequestStatus.RETURNED && review.returnedBy() != null) {
                text += " " + getTranslation("review.returnedBy", names.getOrDefault(review.returnedBy(), "?"));
            }
            who.setText(text);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
