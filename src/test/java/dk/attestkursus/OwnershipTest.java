package dk.attestkursus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.attestkursus.base.MunicipalJdbc;
import dk.attestkursus.kernel.AcrossMunicipalities;
import dk.attestkursus.kernel.OwnedEntity;
import dk.attestkursus.municipalities.domain.Municipality;
import jakarta.persistence.Entity;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

/**
 * A query that forgets the municipality cannot be written by accident (issue 21,
 * docs/decisions/020-municipal-ownership.md). Each way around the one mechanism fails here:
 *
 * <ul>
 *   <li>a new table without a {@code municipality_id} that refers to a municipality;
 *   <li>an entity that is not an {@link OwnedEntity}, whose {@code @TenantId} Hibernate filters by;
 *   <li>SQL from any class but {@link MunicipalJdbc}, which binds the municipality into every statement;
 *   <li>a native query (which Hibernate's filter does not reach) not marked {@link AcrossMunicipalities},
 *       or marked but returning rows rather than a yes/no or names.
 * </ul>
 */
class OwnershipTest {

    /** The tables that belong to no municipality: the municipalities themselves and the tools' own. */
    private static final Set<String> PLATFORM_TABLES =
            Set.of("MUNICIPALITY", "EVENT_PUBLICATION", "JOB_TURN", "flyway_schema_history");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.attestkursus");

    @Test
    void every_table_but_the_platforms_own_has_a_municipality_it_belongs_to() throws SQLException {
        String url = "jdbc:h2:mem:ownership_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        List<String> faults = new ArrayList<>();
        Set<String> tables = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                if (PLATFORM_TABLES.contains(table)) {
                    continue;
                }
                try (ResultSet col = c.getMetaData().getColumns(null, "PUBLIC", table, "MUNICIPALITY_ID")) {
                    if (!col.next()) {
                        faults.add(table + " has no municipality_id");
                        continue;
                    }
                    if (!"NO".equals(col.getString("IS_NULLABLE"))) {
                        faults.add(table + ".municipality_id may be null");
                    }
                }
                boolean refers = false;
                try (ResultSet fk = c.getMetaData().getImportedKeys(null, "PUBLIC", table)) {
                    while (fk.next()) {
                        refers |= "MUNICIPALITY_ID".equals(fk.getString("FKCOLUMN_NAME"))
                                && "MUNICIPALITY".equals(fk.getString("PKTABLE_NAME"));
                    }
                }
                if (!refers) {
                    faults.add(table + ".municipality_id does not refer to municipality");
                }
            }
        }
        assertThat(tables).as("the migrated tables").hasSizeGreaterThan(25).contains("ACCOUNT", "COURSE_RUN");
        assertThat(faults).as("tables that escape municipal ownership").isEmpty();
    }

    @Test
    void every_entity_but_the_municipality_itself_is_owned_through_the_tenant_id_of_owned_entity() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .and()
                .doNotBelongToAnyOf(Municipality.class)
                .should()
                .beAssignableTo(OwnedEntity.class)
                .because("OwnedEntity's @TenantId is how Hibernate sets and filters the municipality (decision 020)")
                .check(MAIN);
    }

    @Test
    void only_municipal_jdbc_runs_sql() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(MunicipalJdbc.class)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javax.sql.DataSource")
                .orShould()
                .callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .because("SQL goes through MunicipalJdbc, which binds the municipality (decision 020)")
                .check(MAIN);
    }

    @Test
    void a_native_query_only_asks_whether_something_is_taken_on_the_platform() throws ClassNotFoundException {
        List<String> faults = new ArrayList<>();
        int marked = 0;
        for (var javaClass : MAIN) {
            if (!javaClass.isInterface() || !javaClass.getSimpleName().endsWith("Repository")) {
                continue;
            }
            for (Method method : Class.forName(javaClass.getName()).getDeclaredMethods()) {
                Query query = method.getAnnotation(Query.class);
                if (query == null || !query.nativeQuery()) {
                    continue;
                }
                String where = javaClass.getSimpleName() + "." + method.getName();
                AcrossMunicipalities mark = method.getAnnotation(AcrossMunicipalities.class);
                if (mark == null || mark.value().isBlank()) {
                    faults.add(where + " is a native query without @AcrossMunicipalities and a reason");
                    continue;
                }
                marked++;
                if (!yesNoOrNames(method)) {
                    faults.add(where + " returns " + method.getGenericReturnType() + ", not a yes/no or names");
                }
            }
        }
        assertThat(faults).as("native queries around the municipality filter").isEmpty();
        assertThat(marked).as("the platform-wide taken-checks found").isGreaterThanOrEqualTo(5);
    }

    private static boolean yesNoOrNames(Method method) {
        if (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class) {
            return true;
        }
        return method.getReturnType() == List.class
                && method.getGenericReturnType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class;
    }
}
