package dk.attestkursus.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import dk.attestkursus.content.Writing;
import dk.attestkursus.requests.Review;
import dk.attestkursus.requests.ReviewInput;
import dk.attestkursus.security.AccountId;
import java.util.Locale;
import java.util.Map;

/** The instructors' returned feedback on a version, as the caseworker reads it. */
final class FeedbackPanel extends Div {

    FeedbackPanel(Review review, Writing.Rubric rubric, Map<AccountId, String> names) {
        addClassNames("card", "feedback");
        setId("feedback-" + review.number());
        add(new H3(getTranslation("feedback.title", review.number())));
        if (review.returnedBy() != null) {
            Paragraph who = new Paragraph(getTranslation("feedback.by", names.getOrDefault(review.returnedBy(), "?")));
            who.addClassName("meta");
            add(who);
        }
        for (Writing.Criterion criterion : rubric.criteria()) {
            ReviewInput.Criterion given = review.input().criteria().get(criterion.key());
            Div row = new Div();
            row.addClassName("feedback-criterion");
            row.getElement().setAttribute("data-criterion", criterion.key());
            int score = given == null || given.score() == null ? 0 : given.score();
            row.add(
                    new H4(getTranslation("feedback.score", criterion.title(), score, rubric.max())),
                    new Paragraph(criterion.levels().get(score)));
            if (given != null && !given.comment().isBlank()) {
                String anchor = given.anchor() == null
                        ? ""
                        : getTranslation(
                                "feedback.anchor",
                                getTranslation("requests.anchor."
                                        + given.anchor().name().toLowerCase(Locale.ROOT)));
                Paragraph comment = new Paragraph(anchor + given.comment());
                comment.addClassName("feedback-comment");
                row.add(comment);
            }
            add(row);
        }
        if (!review.input().overall().isBlank()) {
            Paragraph overall = new Paragraph(review.input().overall());
            overall.setId("feedback-overall-" + review.number());
            add(new H4(getTranslation("review.overall")), overall);
        }
        if (!review.input().gpReading().isBlank()) {
            Paragraph gp = new Paragraph(review.input().gpReading());
            gp.setId("feedback-gp-" + review.number());
            add(new H4(getTranslation("review.gpReading")), gp);
        }
    }
}
