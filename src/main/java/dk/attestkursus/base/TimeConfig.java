package dk.attestkursus.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole platform, so time-dependent logic can be tested with a fixed one. */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

    /** The platform serves Danish municipalities: all dates are shown in Danish time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
