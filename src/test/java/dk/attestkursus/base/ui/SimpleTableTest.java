package dk.attestkursus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleTableTest {

    @Test
    void caption_then_column_headers_then_rows_with_a_row_header_and_right_aligned_figures() {
        SimpleTable table =
                new SimpleTable("Svar", List.of(SimpleTable.Column.text("Udsagn"), SimpleTable.Column.number("Antal")));
        table.addRow("Jeg ved hvad", "3").setAttribute("data-statement", "ved");

        Element t = table.getElement();
        assertThat(t.getTag()).isEqualTo("table");
        assertThat(t.getChildren().map(Element::getTag)).containsExactly("caption", "thead", "tbody");
        assertThat(t.getChild(0).getText()).isEqualTo("Svar");

        Element head = t.getChild(1).getChild(0);
        assertThat(head.getChildren()
                        .map(th -> th.getTag() + " " + th.getAttribute("scope") + " " + th.getAttribute("class") + " "
                                + th.getText()))
                .containsExactly("th col null Udsagn", "th col number Antal");

        Element row = t.getChild(2).getChild(0);
        assertThat(row.getAttribute("data-statement")).isEqualTo("ved");
        assertThat(row.getChildren()
                        .map(c -> c.getTag() + " " + c.getAttribute("scope") + " " + c.getAttribute("class") + " "
                                + c.getText()))
                .containsExactly("th row null Jeg ved hvad", "td null number 3");
    }

    @Test
    void a_table_of_texts_has_no_number_cells() {
        SimpleTable table = new SimpleTable("Moduler", "Modul", "Gennemført");
        table.addRow("Et", "2 af 4");

        Element cell = table.getElement().getChild(2).getChild(0).getChild(1);
        assertThat(cell.getTag()).isEqualTo("td");
        assertThat(cell.getAttribute("class")).isNull();
    }
}
