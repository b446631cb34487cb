package dk.attestkursus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every column that refers to a person is declared by exactly one feature's {@link PersonalData} (issue
 * 25): a new table with an account column and no declaration fails here, as does a declaration of a column
 * that is not there. Every feature has its four texts in both languages. Runs on H2 and PostgreSQL.
 */
@IntegrationTest
class PersonalDataCoverageIT {

    @Autowired
    List<PersonalData> features;

    @Autowired
    DataSource dataSource;

    @Autowired
    AppI18NProvider i18n;

    @Test
    void every_person_column_of_the_schema_is_declared_by_one_feature() throws Exception {
        Set<String> inSchema = PersonDataColumns.find(dataSource);
        Map<String, List<String>> declaredBy = new HashMap<>();
        for (PersonalData feature : features) {
            for (PersonalColumn column : feature.columns()) {
                declaredBy
                        .computeIfAbsent(column.table() + "." + column.column(), k -> new ArrayList<>())
                        .add(feature.key());
            }
        }
        Set<String> undeclared = new TreeSet<>(inSchema);
        undeclared.removeAll(declaredBy.keySet());
        Set<String> notThere = new TreeSet<>(declaredBy.keySet());
        notThere.removeAll(inSchema);
        Set<String> twice = new TreeSet<>();
        declaredBy.forEach((column, keys) -> {
            if (keys.size() > 1) {
                twice.add(column + " " + keys);
            }
        });

        assertThat(inSchema)
                .as("the schema's person columns (found by name)")
                .contains("request_version.account_id", "account.email", "certificate.holder_name")
                .hasSizeGreaterThan(40);
        assertThat(undeclared).as("person columns no feature declares").isEmpty();
        assertThat(notThere).as("declared columns the schema does not have").isEmpty();
        assertThat(twice).as("person columns declared by more than one feature").isEmpty();
    }

    @Test
    void every_feature_says_what_it_keeps_why_and_how_long_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (PersonalData feature : features) {
            for (String part : List.of("title", "what", "why", "howLong")) {
                String key = "privacy." + feature.key() + "." + part;
                for (var locale : List.of(AppI18NProvider.DANISH, AppI18NProvider.ENGLISH)) {
                    if (i18n.getTranslation(key, locale).startsWith("!")) {
                        missing.add(key + " (" + locale + ")");
                    }
                }
            }
        }
        assertThat(features).as("features with personal data").hasSizeGreaterThanOrEqualTo(13);
        assertThat(missing).isEmpty();
    }
}
