package dk.attestkursus.myths.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.attestkursus.base.ui.SourceBox;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Myth;
import dk.attestkursus.myths.MythPictures;
import java.util.Locale;

/** The answer to a myth: verdict, the figure, the picture with its text alternative, the explanation, the quote and sources. */
final class MythReveal {

    private MythReveal() {}

    static Div of(Component host, Course course, Myth myth, MythPictures pictures) {
        Div reveal = new Div();
        reveal.addClassName("myth-reveal");
        reveal.setId("myth-reveal");
        Span verdict = verdict(host, myth);
        verdict.setId("myth-verdict");
        reveal.add(verdict);
        Paragraph figure = new Paragraph(host.getTranslation("myths.figure", myth.figure()));
        figure.addClassName("myth-figure");
        figure.setId("myth-figure");
        Image picture = new Image(
                pictures.dataUri(myth.picture(), labels(host)), myth.picture().alt());
        picture.addClassName("myth-picture");
        picture.setId("myth-picture");
        Paragraph explanation = new Paragraph(myth.explanation());
        explanation.setId("myth-explanation");
        Div quote = new Div(
                new Span(host.getTranslation("myths.quoteFrom")),
                new Html("<blockquote class=\"myth-quote\">" + myth.quoteHtml() + "</blockquote>"));
        quote.addClassName("myth-quote-box");
        reveal.add(
                figure,
                picture,
                explanation,
                quote,
                SourceBox.of(
                        host.getTranslation("lesson.sources"),
                        course.sources(myth.sourceIds()).stream()
                                .map(s ->
                                        new SourceBox.Entry(s.title(), s.link().orElse(null)))
                                .toList()));
        return reveal;
    }

    /** The answer in short, where there is no room for more (facilitator view, projector): verdict and figure. */
    static Div compact(Component host, Myth myth) {
        Span verdict = verdict(host, myth);
        verdict.setId("myth-verdict");
        Paragraph figure = new Paragraph(host.getTranslation("myths.figure", myth.figure()));
        figure.addClassName("myth-figure");
        figure.setId("myth-figure");
        Div reveal = new Div(verdict, figure);
        reveal.addClassNames("myth-reveal", "myth-reveal-compact");
        reveal.setId("myth-reveal");
        return reveal;
    }

    static Span verdict(Component host, Myth myth) {
        Span verdict = new Span(host.getTranslation("myths.verdict." + key(myth.verdict())));
        verdict.addClassNames(
                "status", "myth-verdict", myth.verdict() == Myth.Verdict.NUANCED ? "badge-warning" : "badge-ok");
        return verdict;
    }

    static MythPictures.Labels labels(Component host) {
        return new MythPictures.Labels(
                host.getTranslation("myths.picture.before"), host.getTranslation("myths.picture.after"));
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
