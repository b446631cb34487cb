/**
 * Results: whether the course changed how a team requests medical certificates. The leader's
 * dashboard (participation, rubric scores before and after, self-assessment, action plans, the data
 * extract from the case system) with charts, tables, CSV and a PDF report. Figures are shown only for
 * groups of at least five people ({@link dk.attestkursus.results.GroupRule}); nobody's answers or
 * scores are shown one by one. Reads other features through their statistics services, by account id.
 */
@ApplicationModule(allowedDependencies = {"base", "content", "courserun", "learning", "requests", "security",
    "transfer"})
@NullMarked
package dk.attestkursus.results;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
