package dk.attestkursus.transfer;

import dk.attestkursus.base.TimeConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The follow-up dates in Danish time. */
@Configuration(proxyBeanMethods = false)
class TransferSettings {

    @Bean
    FollowUpDates followUpDates() {
        return new FollowUpDates(TimeConfig.ZONE);
    }
}
