package dk.attestkursus.results.ui;

import dk.attestkursus.results.PracticeResults;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Øvelse efter kurset" as a section of the results page (issue 27): a sentence on what it shows and one
 * table, a row per practice question with the first answers after the session and the answers when it came
 * back, each with the share right; "for få deltagere" where fewer than five of a block answered.
 */
final class PracticeSection {

    static final String ID = "oevelse";

    private PracticeSection() {}

    static ResultsSections.Section of(PracticeResults practice, ResultsTexts texts) {
        String title = texts.t("results.section." + ID);
        if (practice.empty()) {
            return new ResultsSections.Section(ID, title, List.of(texts.t("results.empty." + ID)), null, "", List.of());
        }
        List<ResultTable.Column> columns = List.of(
                ResultTable.Column.of(texts.t("results.col.question")),
                ResultTable.Column.of(texts.t("results.col.firstAnswers")),
                ResultTable.Column.of(texts.t("results.col.firstRight"), "%"),
                ResultTable.Column.of(texts.t("results.col.againAnswers")),
                ResultTable.Column.of(texts.t("results.col.againRight"), "%"));
        List<List<ResultTable.Cell>> rows = new ArrayList<>();
        for (PracticeResults.Row row : practice.rows()) {
            rows.add(List.of(
                    ResultTable.Cell.text(row.question()),
                    count(row.firstAnswered(), texts),
                    percent(row.firstRightPercent(), texts),
                    count(row.againAnswered(), texts),
                    percent(row.againRightPercent(), texts)));
        }
        ResultTable table =
                new ResultTable(ID, texts.t("results.table." + ID), columns, rows, texts.t("results.col.note"));
        return new ResultsSections.Section(
                ID, title, List.of(texts.t("results.summary." + ID)), null, "", List.of(table));
    }

    private static ResultTable.Cell count(int answered, ResultsTexts texts) {
        return answered == 0
                ? ResultTable.Cell.none(texts.t("results.tooFew"))
                : ResultTable.Cell.number(String.valueOf(answered), String.valueOf(answered));
    }

    private static ResultTable.Cell percent(@Nullable Integer share, ResultsTexts texts) {
        return share == null
                ? ResultTable.Cell.none(texts.t("results.tooFew"))
                : ResultTable.Cell.number(share + " %", String.valueOf(share));
    }
}
