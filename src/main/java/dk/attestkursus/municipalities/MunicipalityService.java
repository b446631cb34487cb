package dk.attestkursus.municipalities;

import dk.attestkursus.base.MunicipalJdbc;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.municipalities.domain.Municipality;
import dk.attestkursus.municipalities.domain.MunicipalityRepository;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountValidationException;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.MunicipalScope;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Municipalities on the platform (decision 020): the platform administrator creates one with its first
 * administrator, lists them and deletes one that has nobody and no run left; anyone logged in reads the
 * name of their own.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityService {

    private final MunicipalityRepository municipalities;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final MunicipalJdbc jdbc;
    private final MunicipalScope scope;
    private final Clock clock;

    MunicipalityService(
            MunicipalityRepository municipalities,
            AccountService accounts,
            CurrentUser currentUser,
            MunicipalJdbc jdbc,
            MunicipalScope scope,
            Clock clock) {
        this.scope = scope;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every municipality with how many people and runs it has, by name. */
    @PreAuthorize(AppRoles.HAS_NATIONAL_VIEW)
    public List<MunicipalitySummary> list() {
        Map<Long, Long> people = countsByMunicipality("account");
        Map<Long, Long> runs = countsByMunicipality("course_run");
        return municipalities.findByIdGreaterThanOrderByNameAsc(0).stream()
                .map(m -> new MunicipalitySummary(
                        m.municipalityId(),
                        m.getName(),
                        m.getSlug(),
                        people.getOrDefault(m.municipalityId().value(), 0L),
                        runs.getOrDefault(m.municipalityId().value(), 0L)))
                .toList();
    }

    /** The names of every municipality, for the national view. */
    @PreAuthorize(AppRoles.HAS_NATIONAL_VIEW)
    public Map<MunicipalityId, String> names() {
        Map<MunicipalityId, String> names = new LinkedHashMap<>();
        municipalities.findByIdGreaterThanOrderByNameAsc(0).forEach(m -> names.put(m.municipalityId(), m.getName()));
        return names;
    }

    /**
     * A municipality's name: one's own, or any in a platform session, e.g. the home of a guest instructor
     * or the host of a guest's run, which the guest flows ask in {@code MunicipalScope.platform} (decision
     * 020). Another municipality's name is not found ("") from a municipality's session.
     */
    @PreAuthorize("isAuthenticated()")
    public String nameOf(MunicipalityId id) {
        boolean mayRead =
                scope.isPlatform() || scope.current().filter(id::equals).isPresent();
        return mayRead
                ? municipalities.findById(id.value()).map(Municipality::getName).orElse("")
                : "";
    }

    /**
     * The name of the municipality this work runs in (a guest instructor's host while they visit; empty
     * for the platform's own sessions).
     */
    @PreAuthorize("isAuthenticated()")
    public String currentName() {
        return scope.current()
                .flatMap(m -> municipalities.findById(m.value()))
                .map(Municipality::getName)
                .orElse("");
    }

    /** The name of the logged-in person's municipality (empty for the platform's own people). */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> myMunicipalityName() {
        MunicipalityId mine = currentUser.require().municipality();
        if (mine.isPlatform()) {
            return Optional.empty();
        }
        return municipalities.findById(mine.value()).map(Municipality::getName);
    }

    /**
     * Creates a municipality and its first administrator, together or not at all. Refused by field: an
     * empty, too long or taken name; the administrator's fields as {@link AccountService#create} checks them.
     */
    @PreAuthorize(AppRoles.HAS_PLATFORM_ADMIN)
    @Transactional
    public CreatedAccount create(NewMunicipality input) {
        String name = checkedName(input.name());
        String slug = slug(name);
        if (municipalities.existsBySlug(slug)) {
            throw new MunicipalityRefusedException(Map.of("name", "municipality.error.name.taken"));
        }
        Municipality saved = municipalities.saveAndFlush(new Municipality(slug, name, clock.instant()));
        try {
            return accounts.createMunicipalAdministrator(saved.municipalityId(), input.firstAdministrator());
        } catch (AccountValidationException e) {
            throw new MunicipalityRefusedException(e.fieldErrors());
        }
    }

    /** Gives a municipality a new name (e.g. the one the migration made for an existing installation). */
    @PreAuthorize(AppRoles.HAS_PLATFORM_ADMIN)
    @Transactional
    public void rename(MunicipalityId id, @Nullable String newName) {
        Municipality municipality = municipalities
                .findById(id.value())
                .filter(m -> !m.municipalityId().isPlatform())
                .orElseThrow(() -> new MunicipalityRefusedException(Map.of("name", "municipality.error.unknown")));
        if (newName != null && newName.strip().replaceAll("\\s+", " ").equalsIgnoreCase(municipality.getName())) {
            municipality.rename(newName.strip().replaceAll("\\s+", " "));
            return;
        }
        municipality.rename(checkedName(newName));
    }

    /** A name as typed, tidied; refused when empty, too long or another municipality's. */
    private String checkedName(@Nullable String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        String key;
        if (name.isEmpty() || slug(name).isEmpty()) {
            key = "municipality.error.name.required";
        } else if (name.length() > 200) {
            key = "account.error.tooLong";
        } else if (municipalities.existsByNameIgnoreCase(name)) {
            key = "municipality.error.name.taken";
        } else {
            return name;
        }
        throw new MunicipalityRefusedException(Map.of("name", key));
    }

    /** Deletes a municipality that has no account and no run left; refused with what is left otherwise. */
    @PreAuthorize(AppRoles.HAS_PLATFORM_ADMIN)
    @Transactional
    public void delete(MunicipalityId id) {
        Municipality municipality = municipalities
                .findById(id.value())
                .filter(m -> !m.municipalityId().isPlatform())
                .orElseThrow(() -> new MunicipalityRefusedException(Map.of("name", "municipality.error.unknown")));
        long people = count("account", id);
        long runs = count("course_run", id);
        if (people > 0 || runs > 0) {
            throw new MunicipalityRefusedException(people, runs);
        }
        municipalities.delete(municipality);
    }

    /** Rows of a municipality's table; the platform administrator's session reads across municipalities. */
    /** Rows of a municipality's table per municipality, in one query (the platform's session). */
    private Map<Long, Long> countsByMunicipality(String table) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.acrossMunicipalities("select municipality_id, count(*) from " + table + " group by municipality_id")
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private long count(String table, MunicipalityId id) {
        return jdbc.acrossMunicipalities("select count(*) from " + table + " where municipality_id = :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
    }

    /** A readable, unique key of a name: "Hjørring Kommune" is "hjoerring-kommune". */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
