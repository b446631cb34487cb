package dk.attestkursus.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dk.attestkursus.base.ui.SimpleTable;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;

/**
 * One section of the results on the page: its heading, the picture with a sentence beside it (below it on
 * a phone), and the tables with the same figures folded under them, each with its CSV.
 */
class SectionCard extends Div {

    SectionCard(ResultsSections.Section section, Component... extra) {
        setId("results-" + section.id());
        addClassNames("card", "results-section");
        add(new H2(section.title()));
        Div figure = new Div();
        figure.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.FlexDirection.Breakpoint.Large.ROW,
                LumoUtility.Gap.LARGE,
                LumoUtility.AlignItems.START);
        JFreeChart chart = section.chart();
        if (chart != null) {
            figure.getElement().appendChild(picture(chart, section));
        }
        Div aside = new Div();
        aside.addClassName("results-aside");
        aside.setId("summary-" + section.id());
        section.summary().forEach(line -> {
            Paragraph paragraph = new Paragraph(line);
            paragraph.addClassNames(LumoUtility.Margin.Top.NONE);
            aside.add(paragraph);
        });
        aside.add(extra);
        figure.add(aside);
        add(figure);
        if (!section.tables().isEmpty()) {
            Div tables = new Div();
            section.tables()
                    .forEach(t -> tables.add(
                            table(t),
                            download(
                                    "csv-" + t.id(),
                                    getTranslation("results.csv", t.title()),
                                    t.id() + ".csv",
                                    "text/csv",
                                    () -> TableCsv.of(t))));
            Details details = new Details(
                    getTranslation(section.tables().size() == 1 ? "results.details.one" : "results.details.many"),
                    tables);
            details.setId("details-" + section.id());
            add(details);
        }
    }

    /** The chart as SVG, drawn narrower for a phone (a picture element chooses), with its text alternative. */
    private static Element picture(JFreeChart chart, ResultsSections.Section section) {
        Element picture = new Element("picture");
        picture.setAttribute("class", "result-chart");
        Element narrow = new Element("source");
        narrow.setAttribute("media", "(max-width: 40rem)");
        narrow.setAttribute("srcset", ChartImages.dataUri(ChartImages.narrowSvg(chart)));
        Element image = new Element("img");
        image.setAttribute("id", "chart-" + section.id());
        image.setAttribute("src", ChartImages.dataUri(ChartImages.svg(chart)));
        image.setAttribute("alt", section.alt());
        picture.appendChild(narrow, image);
        return picture;
    }

    private Component table(ResultTable table) {
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        if (table.rows().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("results.empty." + table.id()));
            empty.setId("table-" + table.id());
            scroll.add(empty);
            return scroll;
        }
        List<String> header = table.header();
        SimpleTable t = new SimpleTable(
                table.title(),
                IntStream.range(0, header.size())
                        .mapToObj(i -> new SimpleTable.Column(header.get(i), table.numeric(i)))
                        .toList());
        t.setId("table-" + table.id());
        t.addClassName("counts-table");
        table.texts().forEach(t::addRow);
        scroll.add(t);
        // A wide table scrolls sideways on a phone: keyboard users reach it as a named region (WCAG 2.1.1).
        scroll.getElement()
                .setAttribute("tabindex", "0")
                .setAttribute("role", "region")
                .setAttribute("aria-label", table.title());
        return scroll;
    }

    static Anchor download(String id, String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
                }),
                text);
        anchor.setId(id);
        anchor.addClassName("secondary-link");
        return anchor;
    }
}
