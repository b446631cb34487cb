package dk.attestkursus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.content.ContentException;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Whole starts of the application as a user makes them: the default H2 database under a data folder
 * survives a restart without duplicating demo data; the prod profile has no demo data and refuses the
 * demo profile; broken content stops the start naming file and line.
 */
class StartupIT {

    @TempDir
    Path work;

    private ConfigurableApplicationContext start(String... args) {
        // command-line arguments: they win over application.properties (server.port=${PORT:8080})
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--server.port=0";
        return new SpringApplicationBuilder(Application.class).run(all);
    }

    @Test
    void the_h2_file_database_keeps_its_data_across_a_restart_and_demo_data_is_created_once() {
        String url = "--attestkursus.data-dir=" + work.resolve("data"); // the default profile's URL and settings
        long accountsAfterFirstStart;
        try (var app = start(url)) {
            AccountRepository accounts = app.getBean(AccountRepository.class);
            MunicipalScope scope = app.getBean(MunicipalScope.class);
            // Nobody logged in and no scope chosen: no municipality's rows are visible (decision 020).
            assertThat(accounts.count()).isZero();
            accountsAfterFirstStart = scope.platform(() -> accounts.count());
            assertThat(scope.platform(() -> accounts.findByUsername("sagsbehandler")))
                    .hasValueSatisfying(a -> assertThat(a.municipality()).isEqualTo(DemoAccounts.FIRST_MUNICIPALITY));
            assertThat(app.getEnvironment().matchesProfiles("demo")).isTrue();
            assertThat(app.getBean(DemoAccounts.class).hints()).hasSize(7);
        }
        assertThat(work.resolve("data/attestkursus.mv.db")).exists();
        try (var app = start(url)) {
            long afterRestart = app.getBean(MunicipalScope.class).platform(app.getBean(AccountRepository.class)::count);
            assertThat(afterRestart)
                    .isEqualTo(accountsAfterFirstStart)
                    .isGreaterThanOrEqualTo(7 + DemoAccounts.TEAM.size());
        }
    }

    @Test
    void the_prod_profile_creates_no_demo_accounts_only_the_configured_first_administrator() {
        String[] args = TestDatabase.postgres()
                ? new String[] {
                    "--spring.profiles.active=prod",
                    "--spring.flyway.schemas=" + schema(),
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema()
                }
                : new String[] {
                    "--spring.profiles.active=prod",
                    "--spring.datasource.url=jdbc:h2:mem:prod-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                    "--spring.datasource.username=sa"
                };
        String[] withAdmin = Arrays.copyOf(args, args.length + 3);
        withAdmin[args.length] = "--attestkursus.bootstrap-admin.username=Driftsadmin";
        withAdmin[args.length + 1] = "--attestkursus.bootstrap-admin.email=drift@kommune.dk";
        withAdmin[args.length + 2] = "--attestkursus.bootstrap-admin.password=et-langt-kodeord";
        try (var app = start(withAdmin)) {
            assertThat(app.getEnvironment().matchesProfiles("demo")).isFalse();
            assertThat(app.getBeanProvider(DemoAccounts.class).getIfAvailable()).isNull();
            AccountRepository accounts = app.getBean(AccountRepository.class);
            MunicipalScope scope = app.getBean(MunicipalScope.class);
            List<Account> all = scope.platform(accounts::findAll);
            assertThat(all).singleElement().satisfies(admin -> {
                assertThat(admin.getUsername()).isEqualTo("driftsadmin");
                assertThat(admin.getRole()).isEqualTo(Role.PLATFORM_ADMIN);
                assertThat(admin.municipality().isPlatform()).isTrue();
                assertThat(app.getBean(PasswordEncoder.class).matches("et-langt-kodeord", admin.getPasswordHash()))
                        .isTrue();
            });
        } finally {
            if (TestDatabase.postgres()) {
                TestDatabase.dropNow(schema());
            }
        }
    }

    @Test
    void the_prod_profile_refuses_to_start_with_the_demo_profile_however_it_comes_in() {
        // named outright, or brought in by the postgres profile's group: refused before any database is touched
        for (String profiles : new String[] {"prod,demo", "demo,prod", "prod,postgres"}) {
            Throwable failure = catchStart(
                    "--spring.profiles.active=" + profiles,
                    "--spring.datasource.url=jdbc:h2:mem:prod-demo-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            assertThat(failure)
                    .as(profiles)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'prod' and 'demo' cannot be active together");
        }
    }

    private String schema;

    private String schema() {
        if (schema == null) {
            schema = "it_prod_" + Long.toHexString(System.nanoTime());
        }
        return schema;
    }

    @Test
    void a_lesson_without_title_stops_the_start_naming_file_and_line() throws IOException {
        Path content = work.resolve("content");
        copyTree(Path.of("content"), content);
        Path lesson;
        try (var lessons = Files.list(content.resolve("modules").resolve("02-vaelg-den-rette-attest"))) {
            lesson = lessons.filter(p -> p.toString().endsWith(".md"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        String text = Files.readString(lesson);
        Files.writeString(lesson, text.replaceFirst("(?m)^title:.*\\R", ""));

        Throwable failure = catchStart(
                "--attestkursus.content-dir=" + content,
                "--spring.datasource.url=jdbc:h2:mem:broken-" + System.nanoTime());
        ContentException cause = rootContentException(failure);
        assertThat(cause.file()).isEqualTo(lesson);
        assertThat(cause.line()).as("the front matter's first field").isEqualTo(2);
        assertThat(cause.problem()).isEqualTo("missing required field 'title'");

        FailureAnalysis analysis = analyse(failure);
        assertThat(analysis.getDescription())
                .contains(lesson.toString())
                .contains("line 2")
                .contains("missing required field 'title'");
    }

    @Test
    void broken_yaml_in_course_yml_stops_the_start_naming_file_and_line() throws IOException {
        Path content = work.resolve("content");
        copyTree(Path.of("content"), content);
        Path courseYml = content.resolve("course.yml");
        Files.writeString(courseYml, "title: Bedre LÆ-attester\nobjectives: [ikke lukket\n");

        ContentException cause = rootContentException(catchStart(
                "--attestkursus.content-dir=" + content,
                "--spring.datasource.url=jdbc:h2:mem:broken-" + System.nanoTime()));
        assertThat(cause.file()).isEqualTo(courseYml);
        assertThat(cause.line()).isBetween(2, 3);
    }

    private Throwable catchStart(String... args) {
        // The failure comes from content, before any data is written: H2 in memory on every profile.
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--spring.datasource.username=sa";
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(() -> start(all)).satisfies(t -> caught[0] = t);
        return caught[0];
    }

    private static ContentException rootContentException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ContentException ce) {
                return ce;
            }
        }
        throw new AssertionError("start-up failed, but not with a ContentException", failure);
    }

    private static FailureAnalysis analyse(Throwable failure) {
        for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, SpringFactoriesLoader.ArgumentResolver.none(), (type, name, problem) -> {
                    /* analyzers that need a bean factory are not ours */
                })) {
            FailureAnalysis analysis = analyzer.analyze(failure);
            if (analysis != null && analysis.getDescription().contains("course content")) {
                return analysis;
            }
        }
        throw new AssertionError("no failure analyzer explained the content error", failure);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
