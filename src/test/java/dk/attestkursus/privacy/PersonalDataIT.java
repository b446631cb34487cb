package dk.attestkursus.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.certificates.CertificateService;
import dk.attestkursus.certificates.MyCertificate;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 25's export and erasure, proven on the demo data. The export of {@code ali}, who did the whole
 * course, holds each of his things once and nothing of {@code birthe}. Then the erasure (H2 and PostgreSQL, a database of its own): the demo
 * caseworker {@code ali}, who did the whole course, is erased by his administrator; afterwards no table
 * holds his name, e-mail or user name in any text, his id stays only in the tombstone and in columns
 * declared as anonymous or actor, none of the texts he wrote is left, and the demo leader's results show
 * the same counts and averages as before.
 */
@IntegrationTest
@TestPropertySource(properties = {"attestkursus.test.fresh-database=true", "attestkursus.test.context=personal-data"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonalDataIT {

    @Autowired
    PrivacyService privacy;

    @Autowired
    ResultsService results;

    @Autowired
    CertificateService certificates;

    @Autowired
    AccountService accounts;

    @Autowired
    List<PersonalData> features;

    @Autowired
    DataSource dataSource;

    @Autowired
    Fixtures fixtures;

    @Test
    @Order(1)
    void the_export_of_a_caseworker_holds_each_of_his_things_once_and_nothing_of_anyone_else() throws Exception {
        long id = fixtures.id("ali");
        long other = fixtures.id("birthe");
        AccountSummary birthe = fixtures.as("admin", () -> accounts.summaries(List.of(new AccountId(other))))
                .get(new AccountId(other));
        List<String> his = textsWrittenBy(id);
        List<String> hers = textsWrittenBy(other);
        assertThat(hers).hasSizeGreaterThan(3);

        PrivacyService.Export export = fixtures.as("ali", () -> privacy.export(new AccountId(id)));

        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.zip()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(names).doesNotHaveDuplicates().contains("LAES-MIG.txt", "account.json", "requests.json");
        StringBuilder all = new StringBuilder();
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        for (var entry : entries.entrySet()) {
            String text;
            if (entry.getKey().endsWith(".pdf")) {
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(entry.getValue())) {
                    text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                }
            } else {
                text = new String(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (entry.getKey().endsWith(".json")) {
                tools.jackson.databind.JsonNode root = mapper.readTree(text);
                for (var list : root.properties()) {
                    List<String> elements = new ArrayList<>();
                    list.getValue().forEach(n -> elements.add(n.toString()));
                    assertThat(elements)
                            .as(entry.getKey() + " " + list.getKey() + " holds each thing once")
                            .doesNotHaveDuplicates();
                }
                all.append(text).append('\n');
            }
            assertThat(text)
                    .as(entry.getKey() + " holds nothing of birthe")
                    .doesNotContainIgnoringCase(birthe.displayName())
                    .doesNotContainIgnoringCase(birthe.email());
            for (String written : hers) {
                assertThat(text).as(entry.getKey() + " holds none of her texts").doesNotContain(written);
            }
        }
        String json = all.toString();
        for (String written : his) {
            String asJson = mapper.writeValueAsString(written);
            int first = json.indexOf(asJson);
            assertThat(first)
                    .as("his text is in the export: " + abbreviate(written))
                    .isNotNegative();
            assertThat(json.indexOf(asJson, first + 1))
                    .as("his text is in the export once: " + abbreviate(written))
                    .isNegative();
        }
        System.out.printf(
                "Export of ali: %d files %s, %d of his texts each once, none of birthe's %d%n",
                names.size(), names, his.size(), hers.size());
    }

    @Test
    @Order(2)
    void erasing_ali_leaves_nothing_of_him_and_the_leaders_figures_as_they_were() throws Exception {
        long id = fixtures.id("ali");
        AccountSummary ali = fixtures.as("admin", () -> accounts.summaries(List.of(new AccountId(id))))
                .get(new AccountId(id));
        MyCertificate certificate = fixtures.as("ali", certificates::mine);
        assertThat(certificate.issued()).as("ali holds a certificate before").isPresent();
        List<String> texts = textsWrittenBy(id);
        assertThat(texts).as("texts ali wrote (requests, action plan, answers)").hasSizeGreaterThan(3);
        Dashboard before = fixtures.as("leder", () -> results.dashboard(null, null));
        assertThat(dump().toString()).as("the dump finds him before").contains(ali.email());

        fixtures.as("admin", () -> {
            privacy.erase(new AccountId(id));
            return null;
        });

        Dashboard after = fixtures.as("leder", () -> results.dashboard(null, null));
        assertThat(after).as("the leader's results").usingRecursiveComparison().isEqualTo(before);

        Map<String, Erasure> declared = new HashMap<>();
        features.forEach(f -> f.columns().forEach(c -> declared.put(c.table() + "." + c.column(), c.erasure())));
        Pattern name = Pattern.compile(Pattern.quote(ali.displayName()), Pattern.CASE_INSENSITIVE);
        Pattern email = Pattern.compile(Pattern.quote(ali.email()), Pattern.CASE_INSENSITIVE);
        Pattern username = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(ali.username()) + "(?![\\p{L}\\d])");
        Set<String> found = new TreeSet<>();
        int cells = 0;
        for (Cell cell : dump()) {
            cells++;
            String where = cell.table() + "." + cell.column();
            if (cell.value() instanceof String text) {
                if (name.matcher(text).find() || email.matcher(text).find()) {
                    found.add(where + " holds his name or e-mail");
                }
                if (PersonDataColumns.PERSON_TEXT.matcher(cell.column()).matches()
                        && username.matcher(text).find()) {
                    found.add(where + " holds his user name");
                }
                for (String written : texts) {
                    if (text.contains(written)) {
                        found.add(where + " holds a text he wrote: " + abbreviate(written));
                    }
                }
            }
            if (PersonDataColumns.isPersonId(cell.column())
                    && cell.value() instanceof Number n
                    && n.longValue() == id) {
                Erasure erasure = declared.get(where);
                if (erasure != Erasure.ANONYMOUS && erasure != Erasure.ACTOR) {
                    found.add(where + " refers to him but is declared " + erasure);
                }
            }
        }
        System.out.printf("Erasure of ali: %d cells of %d tables read, %d leftovers%n", cells, tables(), found.size());
        assertThat(cells).isGreaterThan(1000);
        assertThat(found).as("what is left of ali").isEmpty();

        AccountSummary tombstone = fixtures.as("admin", () -> accounts.summaries(List.of(new AccountId(id))))
                .get(new AccountId(id));
        assertThat(tombstone.active()).isFalse();
        assertThat(tombstone.displayName()).isEqualTo("Slettet person");
        assertThat(fixtures.as("admin", () -> accounts.listAccounts()))
                .as("the administrator's list")
                .noneMatch(a -> a.id().value() == id);
    }

    /**
     * A caseworker's own texts (request texts, action plan, open answers). The demo gives its caseworkers
     * the same texts, so each is first made theirs with a marker of the row no one else has.
     */
    private List<String> textsWrittenBy(long id) throws Exception {
        String[] marks = {
            "update request_draft set background = background || ' [udkast-' || id || ']' where account_id = ",
            "update request_version set background = background || ' [version-' || id || ']' where account_id = ",
            "update action_item set change_text = change_text || ' [plan-' || id || ']' where account_id = ",
            "update self_assessment set open_answer = coalesce(open_answer, '') || ' [svar-' || id || ']'"
                    + " where account_id = "
        };
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String mark : marks) {
                s.executeUpdate(mark + id);
            }
        }
        List<String> texts = texts(id, "=");
        texts.removeAll(texts(id, "<>"));
        return texts;
    }

    private List<String> texts(long id, String comparison) throws Exception {
        List<String> texts = new ArrayList<>();
        String whose = " where account_id " + comparison + " " + id;
        String[] queries = {
            "select purpose, background, questions from request_draft" + whose,
            "select purpose, background, questions from request_version" + whose,
            "select change_text from action_item" + whose,
            "select open_answer from self_assessment" + whose
        };
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String query : queries) {
                try (ResultSet rs = s.executeQuery(query)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String text = rs.getString(i);
                            if (text != null && text.strip().length() >= 12) {
                                texts.add(text.strip());
                            }
                        }
                    }
                }
            }
        }
        return texts;
    }

    record Cell(String table, String column, Object value) {}

    private int tables() throws Exception {
        return tableNames().size();
    }

    private List<String> tableNames() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** Every cell of every table (Flyway's history aside), texts as strings. */
    private List<Cell> dump() throws Exception {
        List<Cell> cells = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String table : tableNames()) {
                String lower = table.toLowerCase(Locale.ROOT);
                if (lower.equals("flyway_schema_history")) {
                    continue;
                }
                try (ResultSet rs = s.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object value = rs.getObject(i);
                            if (value instanceof java.sql.Clob clob) {
                                value = clob.getSubString(1, (int) clob.length());
                            }
                            if (value != null) {
                                cells.add(new Cell(lower, meta.getColumnName(i).toLowerCase(Locale.ROOT), value));
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
