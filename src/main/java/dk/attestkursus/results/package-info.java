/**
 * Results: whether the course changed how a team requests medical certificates. The leader's
 * dashboard (participation, rubric scores before and after, self-assessment, action plans, the data
 * extract from the case system) with charts, tables, CSV and a PDF report; by default of the runs held so
 * far. Figures are shown only for groups of at least five people ({@link dk.attestkursus.results.GroupRule}),
 * added up from blocks of one team on one run so that no two views can be subtracted down to a person
 * (decision 015). Reads other features through their statistics services, by account id.
 */
@ApplicationModule(
        allowedDependencies = {
            "kernel",
            "base",
            "content",
            "courserun",
            "learning",
            "municipalities",
            "practice",
            "privacy",
            "requests",
            "security",
            "transfer"
        })
@NullMarked
package dk.attestkursus.results;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
