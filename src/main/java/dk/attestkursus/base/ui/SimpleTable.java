package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.Arrays;
import java.util.List;

/**
 * A plain HTML table of texts: a caption, one header row with {@code th scope="col"}, and body rows whose
 * first cell is a row header ({@code th scope="row"}). A numeric column is right-aligned: its header and data
 * cells get the class {@code number} (the row header never does). The caller adds the class the CSS styles
 * ({@code counts-table}, {@code data-table}) and, where a wide table should scroll, wraps it in a
 * {@code table-scroll} div.
 */
@Tag("table")
public class SimpleTable extends Component implements HasStyle {

    /** A column's heading and whether it holds figures (right-aligned). */
    public record Column(String label, boolean numeric) {

        public static Column text(String label) {
            return new Column(label, false);
        }

        public static Column number(String label) {
            return new Column(label, true);
        }
    }

    private final List<Column> columns;
    private final Element body = new Element("tbody");

    public SimpleTable(String caption, List<Column> columns) {
        this.columns = List.copyOf(columns);
        Element captionElement = new Element("caption");
        captionElement.setText(caption);
        Element head = new Element("tr");
        for (Column column : this.columns) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            if (column.numeric()) {
                th.setAttribute("class", "number");
            }
            th.setText(column.label());
            head.appendChild(th);
        }
        Element thead = new Element("thead");
        thead.appendChild(head);
        getElement().appendChild(captionElement, thead, body);
    }

    /** A table whose columns all hold text. */
    public SimpleTable(String caption, String... columnLabels) {
        this(caption, Arrays.stream(columnLabels).map(Column::text).toList());
    }

    /**
     * Adds a body row: the first text is the row header, the rest data cells.
     *
     * @return the row, for a data attribute the page or its tests read
     */
    public Element addRow(List<String> cells) {
        Element tr = new Element("tr");
        for (int i = 0; i < cells.size(); i++) {
            Element cell = new Element(i == 0 ? "th" : "td");
            if (i == 0) {
                cell.setAttribute("scope", "row");
            } else if (i < columns.size() && columns.get(i).numeric()) {
                cell.setAttribute("class", "number");
            }
            cell.setText(cells.get(i));
            tr.appendChild(cell);
        }
        body.appendChild(tr);
        return tr;
    }

    /** Adds a body row: the first text is the row header, the rest data cells. */
    public Element addRow(String... cells) {
        return addRow(List.of(cells));
    }
}
