package dk.attestkursus.municipalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.NewAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The platform administrator creates a municipality with its first administrator, together or not at
 * all; that administrator starts with a municipality of their own; a municipality with people cannot be
 * deleted and says what is left; nobody else may do any of it.
 */
@IntegrationTest
class MunicipalityServiceIT {

    @Autowired
    MunicipalityService municipalities;

    @Autowired
    AccountService accounts;

    @Autowired
    Fixtures fixtures;

    private static NewAccount admin(String username, String email) {
        return new NewAccount("Første Administrator", username, email, Role.ADMIN, null, null);
    }

    @Test
    void a_new_municipality_and_its_administrator_start_with_nothing_of_anyone_else() {
        String tag = Unique.tag();
        String name = "Nyby " + tag + " Kommune";
        CreatedAccount first = fixtures.as(
                "platform",
                () -> municipalities.create(
                        new NewMunicipality("  " + name + " ", admin("ny-" + tag, "ny-" + tag + "@kommune.dk"))));
        assertThat(first.account().role()).isEqualTo(Role.ADMIN);
        MunicipalitySummary created = fixtures.as("koordinator", municipalities::list).stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.people()).isEqualTo(1);
        assertThat(created.runs()).isZero();
        assertThat(created.slug()).isEqualTo("nyby-" + tag.toLowerCase(Locale.ROOT) + "-kommune");

        String username = first.account().username();
        assertThat(fixtures.as(username, accounts::listAccounts))
                .singleElement()
                .satisfies(a -> assertThat(a.username()).isEqualTo(username));
        assertThat(fixtures.as(username, () -> municipalities.myMunicipalityName()))
                .contains(name);

        MunicipalityId id = created.id();
        MunicipalityRefusedException refused = catchThrowableOfType(
                MunicipalityRefusedException.class,
                () -> fixtures.as("platform", () -> {
                    municipalities.delete(id);
                    return null;
                }));
        assertThat(refused.peopleLeft()).isEqualTo(1);
        assertThat(refused.runsLeft()).isZero();
        assertThat(refused.messageKey()).isEqualTo("municipality.refused.not_empty");
        assertThat(fixtures.as("platform", municipalities::list))
                .extracting(MunicipalitySummary::id)
                .contains(id);

        // Renamed by the platform administrator; another municipality's name is refused.
        assertThatThrownBy(() -> fixtures.as("platform", () -> {
                    municipalities.rename(id, "Thisted kommune");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        MunicipalityRefusedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "municipality.error.name.taken"));
        fixtures.as("platform", () -> {
            municipalities.rename(id, " Nyby  " + tag + " Kommune (omdøbt) ");
            return null;
        });
        assertThat(fixtures.as(username, () -> municipalities.myMunicipalityName()))
                .contains("Nyby " + tag + " Kommune (omdøbt)");
        assertThatThrownBy(() -> fixtures.as("admin", () -> {
                    municipalities.rename(id, "Kapret");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_taken_name_or_a_bad_administrator_stores_nothing() {
        String tag = Unique.tag();
        int before = fixtures.as("platform", municipalities::list).size();
        assertThatThrownBy(() -> fixtures.as(
                        "platform",
                        () -> municipalities.create(
                                new NewMunicipality("hjørring kommune", admin("x-" + tag, "x-" + tag + "@k.dk")))))
                .isInstanceOfSatisfying(
                        MunicipalityRefusedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "municipality.error.name.taken"));
        // A first administrator whose user name another municipality's account has: nothing is stored.
        assertThatThrownBy(() -> fixtures.as(
                        "platform",
                        () -> municipalities.create(new NewMunicipality(
                                "Fejlby " + tag + " Kommune", admin("admin", "fejl-" + tag + "@k.dk")))))
                .isInstanceOfSatisfying(
                        MunicipalityRefusedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("username", "account.error.username.taken"));
        assertThatThrownBy(() -> fixtures.as(
                        "platform", () -> municipalities.create(new NewMunicipality(" ", admin("y-" + tag, "y@k.dk")))))
                .isInstanceOfSatisfying(
                        MunicipalityRefusedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "municipality.error.name.required"));
        assertThat(fixtures.as("platform", municipalities::list)).hasSize(before);
    }

    @Test
    void only_the_platform_administrator_creates_and_only_the_platform_lists() {
        NewMunicipality input = new NewMunicipality("Forbudt Kommune", admin("forbudt", "forbudt@k.dk"));
        for (String who : new String[] {"admin", "koordinator", "leder", "praksiskonsulent", "sagsbehandler"}) {
            assertThatThrownBy(() -> fixtures.as(who, () -> municipalities.create(input)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String who : new String[] {"admin", "th-admin", "leder"}) {
            assertThatThrownBy(() -> fixtures.as(who, municipalities::list))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
