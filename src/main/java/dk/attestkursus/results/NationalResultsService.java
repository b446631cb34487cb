package dk.attestkursus.results;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.MunicipalParticipation;
import dk.attestkursus.courserun.ParticipationService;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.municipalities.MunicipalityService;
import dk.attestkursus.requests.MunicipalRubric;
import dk.attestkursus.requests.RubricStatisticsService;
import dk.attestkursus.requests.RubricTotals;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.MunicipalScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The national view across municipalities (issue 21, decision 020): for the platform administrator and
 * the national coordinator, every municipality by name side by side and all together; for a
 * municipality's leaders and administrator only the national average, with no municipality named. Read
 * in a platform session (the platform's people, or {@code MunicipalScope.platform} for the average), the
 * only kind of session that sees more than one municipality. Never transactional as a whole: each statistics call is.
 */
@Service
public class NationalResultsService {

    /** The name of the all-together row in the national view. */
    public static final String ALL = "";

    private final MunicipalityService municipalities;
    private final ParticipationService participation;
    private final RubricStatisticsService rubric;
    private final CourseContent content;
    private final MunicipalScope scope;
    private final Clock clock;

    NationalResultsService(
            MunicipalityService municipalities,
            ParticipationService participation,
            RubricStatisticsService rubric,
            CourseContent content,
            MunicipalScope scope,
            Clock clock) {
        this.municipalities = municipalities;
        this.participation = participation;
        this.rubric = rubric;
        this.content = content;
        this.scope = scope;
        this.clock = clock;
    }

    /** Every municipality by name, and all together. */
    @PreAuthorize(AppRoles.HAS_NATIONAL_VIEW)
    public NationalResults national() {
        Map<MunicipalityId, String> names = municipalities.names();
        Figures figures = figures();
        List<NationalResults.Row> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(row(id, name, figures, List.of(id))));
        return new NationalResults(criteria(), rows, row(null, ALL, figures, everyMunicipality(figures)));
    }

    /**
     * All municipalities together, unnamed: what a municipality's leaders and administrator compare
     * their own figures with. Read in a platform scope, of which only the sum leaves this method.
     */
    @PreAuthorize(AppRoles.HAS_LEADER_OR_ADMIN)
    public NationalResults.Row nationalAverage() {
        Figures figures = scope.platform(this::figures);
        return row(null, ALL, figures, everyMunicipality(figures));
    }

    private static List<MunicipalityId> everyMunicipality(Figures figures) {
        Set<MunicipalityId> all = new LinkedHashSet<>(figures.places().keySet());
        all.addAll(figures.before().keySet());
        all.addAll(figures.after().keySet());
        return List.copyOf(all);
    }

    private record Figures(
            Map<MunicipalityId, MunicipalParticipation> places,
            Map<MunicipalityId, MunicipalRubric> before,
            Map<MunicipalityId, MunicipalRubric> after) {}

    private Figures figures() {
        return new Figures(
                participation.byMunicipality(clock.instant()),
                rubric.ownCaseByMunicipality(Writing.OwnCase.BEFORE),
                rubric.ownCaseByMunicipality(Writing.OwnCase.AFTER));
    }

    private List<NationalResults.Criterion> criteria() {
        return content.course().writing().rubric().criteria().stream()
                .map(c -> new NationalResults.Criterion(c.key(), c.title()))
                .toList();
    }

    /** The figures of these municipalities added up: sums and counts, then means where five or more. */
    private NationalResults.Row row(
            @Nullable MunicipalityId id, String name, Figures figures, List<MunicipalityId> which) {
        MunicipalParticipation places = new MunicipalParticipation(0, 0, 0);
        for (MunicipalityId m : which) {
            places = places.plus(figures.places().getOrDefault(m, new MunicipalParticipation(0, 0, 0)));
        }
        List<NationalResults.Cell> cells = new ArrayList<>();
        for (NationalResults.Criterion c : criteria()) {
            Side before = side(figures.before(), which, c.key());
            Side after = side(figures.after(), which, c.key());
            cells.add(new NationalResults.Cell(c.key(), before.mean(), before.people(), after.mean(), after.people()));
        }
        return new NationalResults.Row(id, name, places.runsHeld(), places.enrolled(), places.attended(), cells);
    }

    private record Side(long total, int count, int people) {

        @Nullable
        Double mean() {
            return GroupRule.shows(people) && count > 0 ? (double) total / count : null;
        }
    }

    private static Side side(
            Map<MunicipalityId, MunicipalRubric> byMunicipality, List<MunicipalityId> which, String key) {
        long total = 0;
        int count = 0;
        int people = 0;
        for (MunicipalityId m : which) {
            MunicipalRubric r = byMunicipality.get(m);
            if (r != null) {
                RubricTotals.Sum sum = r.totals().of(key);
                total += sum.total();
                count += sum.count();
                people += r.people(key);
            }
        }
        return new Side(total, count, people);
    }
}
