package dk.attestkursus.results.ui;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.results.Dashboard;
import java.util.Locale;

/** Headings shared by the page and the PDF. */
final class ResultsTexts {

    private ResultsTexts() {
    }

    /** "Team: Lene Leder · Hold: Aalborg forår" or "Alle teams · Afholdte hold". */
    static String scope(Dashboard d, AppI18NProvider i18n, Locale locale) {
        String team = d.scope().teamName() == null ? i18n.getTranslation("results.allTeams", locale)
                : i18n.getTranslation("results.team", locale, d.scope().teamName());
        String run = d.scope().runName() == null ? i18n.getTranslation("results.heldRuns", locale)
                : i18n.getTranslation("results.run", locale, d.scope().runName());
        return team + " · " + run;
    }
}
