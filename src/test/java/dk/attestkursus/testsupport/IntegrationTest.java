package dk.attestkursus.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test configuration every integration and browser test uses, so the application
 * context starts once per test run. The database is chosen by {@link TestDatabase}: an in-memory
 * H2 database by default, or a schema of its own on the machine's PostgreSQL server when the
 * system property {@code attestkursus.test.database=postgres} is set (Maven profile
 * {@code postgres}). Demo data is on, as in the default profile. The platform's clock is a
 * {@link TestClock}: the real time unless a test stops it at a moment (and resets it afterwards).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "attestkursus.scheduling=false",
            // The single sign-on tests' providers run on this machine over plain http.
            "attestkursus.sso.allow-local-http=true"
        })
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestClock.Config.class)
public @interface IntegrationTest {}
