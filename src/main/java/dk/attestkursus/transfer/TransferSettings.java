package dk.attestkursus.transfer;

import dk.attestkursus.base.TimeConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The follow-up dates in Danish time, and the rule for where a caseworker is in the course. */
@Configuration(proxyBeanMethods = false)
class TransferSettings {

    @Bean
    FollowUpDates followUpDates() {
        return new FollowUpDates(TimeConfig.ZONE);
    }

    /** The preparation begins when the introduction mail goes: the run mails' setting, read here too. */
    @Bean
    CoursePhaseRule coursePhaseRule(
            FollowUpDates followUps, @Value("${attestkursus.transfer.intro-days-before:14}") int introDaysBefore) {
        return new CoursePhaseRule(followUps, introDaysBefore);
    }
}
