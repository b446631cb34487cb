package dk.attestkursus.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The municipality's page's personal data (issue 25): who saved which text; erasure keeps the page. */
@IntegrationTest
class MunicipalitiesPersonalDataIT {

    @Autowired
    MunicipalitiesPersonalData personalData;

    @Autowired
    LocalPageService pages;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    long version(String admin) {
        return fixtures.as(admin, pages::mine).map(LocalPage::version).orElse(-1L);
    }

    @Test
    void declares_the_savers_as_actors() {
        assertThat(personalData.columns())
                .extracting(c -> c.table() + "." + c.column() + "=" + c.erasure())
                .containsExactlyInAnyOrder("local_page.updated_by=ACTOR", "local_page_version.saved_by=ACTOR");
    }

    @Test
    void export_holds_the_texts_the_administrator_saved_and_erasure_keeps_the_page() {
        String original =
                fixtures.as("admin", pages::mine).map(LocalPage::markdown).orElse("");
        String me = fixtures.account("adm", Role.ADMIN);
        String other = fixtures.account("adm", Role.ADMIN);
        String mine = "Vores praksiskonsulent træffes tirsdag " + me;
        String theirs = "Jobcentrets rutine for LÆ 265 " + other;
        fixtures.as(me, () -> pages.save(mine, version(me)));
        fixtures.as(other, () -> pages.save(theirs, version(other)));
        AccountId meId = new AccountId(fixtures.id(me));
        AccountId otherId = new AccountId(fixtures.id(other));
        try {
            FeatureExport export = inTransaction(() -> personalData.export(meId));

            assertThat(export.data().get("localPageTextsSaved"))
                    .singleElement()
                    .satisfies(t -> assertThat(((MunicipalitiesPersonalData.SavedText) t).markdown())
                            .isEqualTo(mine));
            assertThat(export.data().get("localPageLastSaved"))
                    .as("the other saved it since")
                    .isEmpty();
            assertThat(export.items()).isEqualTo(1);
            FeatureExport others = inTransaction(() -> personalData.export(otherId));
            assertThat(others.data().get("localPageTextsSaved"))
                    .singleElement()
                    .satisfies(t -> assertThat(((MunicipalitiesPersonalData.SavedText) t).markdown())
                            .isEqualTo(theirs));
            assertThat(others.data().get("localPageLastSaved")).hasSize(1);
            int revisions = fixtures.as("admin", pages::history).size();

            inTransaction(() -> {
                personalData.erase(meId);
                return null;
            });

            assertThat(fixtures.as("admin", pages::mine).map(LocalPage::markdown))
                    .contains(theirs);
            assertThat(fixtures.as("admin", pages::history)).hasSize(revisions);
            assertThat(jdbc.sql("select count(*) from local_page_version where saved_by in (:people)")
                            .param("people", List.of(meId.value(), otherId.value()))
                            .query(Integer.class)
                            .single())
                    .as("the municipality's texts stay and refer to the tombstone")
                    .isEqualTo(2);
        } finally {
            fixtures.as("admin", () -> pages.save(original, version("admin")));
        }
    }
}
