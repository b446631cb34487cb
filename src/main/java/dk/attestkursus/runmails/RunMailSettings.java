package dk.attestkursus.runmails;

import dk.attestkursus.base.TimeConfig;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail schedule's settings ({@code attestkursus.transfer.*}, named before the mails had a module of their own). */
@Configuration(proxyBeanMethods = false)
class RunMailSettings {

    @Bean
    MailSchedule mailSchedule(
            @Value("${attestkursus.transfer.intro-days-before:14}") int introDaysBefore,
            @Value("${attestkursus.transfer.reminder-days-before:3}") int reminderDaysBefore,
            @Value("${attestkursus.transfer.leader-after-days:7}") int leaderAfterDays,
            @Value("${attestkursus.transfer.send-time:08:00}") LocalTime sendTime) {
        return new MailSchedule(introDaysBefore, reminderDaysBefore, leaderAfterDays, sendTime, TimeConfig.ZONE);
    }
}
