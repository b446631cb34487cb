package dk.attestkursus.security.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo data never reaches production: prod and demo together are refused, everything else starts. */
class DemoProfileGuardTest {

    private static MockEnvironment active(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void prod_with_demo_is_refused() {
        assertThatThrownBy(() -> DemoProfileGuard.check(active("prod", "demo")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'prod' and 'demo' cannot be active together")
                .hasMessageContaining("prod,demo");
        assertThatThrownBy(
                        () -> new DemoProfileGuard().postProcessEnvironment(active("demo", "postgres", "prod"), null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void prod_alone_the_default_profile_with_demo_and_postgres_with_demo_start() {
        assertThatCode(() -> DemoProfileGuard.check(active("prod"))).doesNotThrowAnyException();
        assertThatCode(() -> DemoProfileGuard.check(active("postgres", "demo"))).doesNotThrowAnyException();
        MockEnvironment byDefault = new MockEnvironment();
        byDefault.setDefaultProfiles("default", "demo");
        assertThatCode(() -> DemoProfileGuard.check(byDefault)).doesNotThrowAnyException();
    }
}
