package dk.attestkursus.security.demo;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses to start with both the {@code prod} and the {@code demo} profile: demo data means accounts
 * with a password everybody knows. Runs as soon as the profiles are known (registered in
 * {@code META-INF/spring.factories}), before any bean, database connection or migration, whichever way
 * {@code demo} came in ({@code SPRING_PROFILES_ACTIVE=prod,demo}, or a profile whose group includes it,
 * such as {@code postgres}). {@link DemoAccounts} checks again when it is made, for contexts not started
 * by {@link SpringApplication}.
 */
class DemoProfileGuard implements EnvironmentPostProcessor {

    static final String PROD = "prod";
    static final String DEMO = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        check(environment);
    }

    /** Throws when both {@code prod} and {@code demo} are active. */
    static void check(Environment environment) {
        if (environment.matchesProfiles(PROD) && environment.matchesProfiles(DEMO)) {
            throw new IllegalStateException("The profiles 'prod' and 'demo' cannot be active together: demo data "
                    + "(accounts with the password \"demo\") must never reach production. Active profiles: "
                    + String.join(",", environment.getActiveProfiles()));
        }
    }
}
