package dk.attestkursus.results;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.results.domain.ExtractStore;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The results' personal data (issue 25): who uploaded which extract; erasure keeps the team's figures. */
@IntegrationTest
class ResultsPersonalDataIT {

    @Autowired
    ResultsPersonalData personalData;

    @Autowired
    ResultsService results;

    @Autowired
    ResultsSeed seed;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    @Test
    void declares_the_uploader_as_an_actor() {
        assertThat(personalData.columns())
                .extracting(c -> c.table() + "." + c.column() + "=" + c.erasure())
                .containsExactly("data_extract_row.uploaded_by=ACTOR");
    }

    @Test
    void export_holds_the_leaders_uploads_only_and_erasure_keeps_the_teams_figures() {
        long mine = seed.leader("x");
        long other = seed.leader("x");
        long run = seed.run("Hold " + mine, Instant.now().minus(60, ChronoUnit.DAYS));
        seed.team(mine, run, 6, 1, 2, "Der var ikke tid");
        YearMonth month = YearMonth.now().minusMonths(1);
        fixtures.as(
                seed.username(mine),
                () -> results.importExtract(null, bytes("måned;attest;sendt;returneret\n" + month + ";LÆ 265;10;2\n")));
        fixtures.as(
                seed.username(other),
                () -> results.importExtract(null, bytes("måned;attest;sendt;returneret\n" + month + ";LÆ 125;7;1\n")));

        FeatureExport export = inTransaction(() -> personalData.export(new AccountId(mine)));

        assertThat(export.data().get("dataExtractRowsUploaded")).singleElement().satisfies(r -> {
            ExtractStore.UploadedRow upload = (ExtractStore.UploadedRow) r;
            assertThat(upload.teamId()).isEqualTo(seed.teamOf(mine));
            assertThat(upload.month()).isEqualTo(month);
            assertThat(upload.form()).isEqualTo("LÆ 265");
            assertThat(upload.sent()).isEqualTo(10);
            assertThat(upload.returned()).isEqualTo(2);
        });
        assertThat(export.items()).isEqualTo(1);

        Dashboard before = fixtures.as(seed.username(mine), () -> results.dashboard(null, null));
        assertThat(before.extractMonths()).isNotEmpty();

        inTransaction(() -> {
            personalData.erase(new AccountId(mine));
            return null;
        });

        Dashboard after = fixtures.as(seed.username(mine), () -> results.dashboard(null, null));
        assertThat(after.extractMonths()).isEqualTo(before.extractMonths());
        assertThat(after.counts()).isEqualTo(before.counts());
        assertThat(jdbc.sql("select count(*) from data_extract_row where uploaded_by = ?")
                        .param(mine)
                        .query(Integer.class)
                        .single())
                .as("the team's figures stay and refer to the tombstone")
                .isEqualTo(1);
        assertThat(inTransaction(() -> personalData.export(new AccountId(other)))
                        .data()
                        .get("dataExtractRowsUploaded"))
                .singleElement()
                .satisfies(
                        r -> assertThat(((ExtractStore.UploadedRow) r).form()).isEqualTo("LÆ 125"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
