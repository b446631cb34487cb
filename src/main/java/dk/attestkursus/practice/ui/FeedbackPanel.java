package dk.attestkursus.practice.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.attestkursus.base.ui.SourceBox;
import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.practice.PracticeFeedback;
import java.util.Locale;

/**
 * The feedback after a practice answer, on the link's page and on the start page: right or not, the
 * right answer, the experts' reasoning, the audit's figure in the guide's words, and the sources.
 */
final class FeedbackPanel {

    private FeedbackPanel() {}

    static Div of(Div host, PracticeFeedback feedback, boolean headingLevelTwo) {
        Div panel = new Div();
        panel.addClassName("practice-feedback");
        panel.setId("practice-feedback");
        String judgement = feedback.judgement().name().toLowerCase(Locale.ROOT);
        panel.getElement().setAttribute("data-judgement", judgement);
        Paragraph question = new Paragraph(feedback.question());
        question.addClassName("practice-question");
        panel.add(question);
        Div verdict = new Div();
        verdict.addClassName(feedback.judgement().counts() ? "info-box" : "error-box");
        verdict.getElement().setAttribute("role", "status");
        Paragraph headline = new Paragraph(host.getTranslation("practice.feedback." + judgement));
        headline.addClassName("practice-verdict");
        headline.setId("practice-verdict");
        verdict.add(headline, new Paragraph(host.getTranslation("practice.feedback.yours", feedback.chosen())));
        if (feedback.judgement() != PracticeItem.Judgement.RIGHT) {
            Paragraph right = new Paragraph(
                    host.getTranslation("practice.feedback.rightAnswer", String.join(" / ", feedback.rightAnswers())));
            right.setId("practice-right-answer");
            verdict.add(right);
        }
        if (!feedback.judgement().counts()) {
            verdict.add(new Paragraph(host.getTranslation("practice.feedback.comesBack")));
        }
        panel.add(verdict);
        String reasoning = host.getTranslation("practice.feedback.reasoning");
        panel.add(headingLevelTwo ? new H2(reasoning) : new H3(reasoning));
        Html explanation = new Html(
                "<div class=\"lesson-body\" id=\"practice-explanation\">" + feedback.explanationHtml() + "</div>");
        panel.add(explanation);
        if (feedback.figure() != null && feedback.quote() != null) {
            Div figure = new Div();
            figure.addClassName("practice-figure");
            figure.setId("practice-figure");
            Span number = new Span(feedback.figure());
            number.addClassName("practice-figure-number");
            Paragraph quote = new Paragraph("»" + feedback.quote() + "«");
            quote.addClassName("practice-quote");
            figure.add(new Paragraph(host.getTranslation("practice.feedback.figure")), number, quote);
            panel.add(figure);
        }
        panel.add(SourceBox.of(
                host.getTranslation("practice.feedback.sources"),
                feedback.sources().stream()
                        .map(s -> new SourceBox.Entry(s.title(), s.link().orElse(null)))
                        .toList()));
        return panel;
    }
}
