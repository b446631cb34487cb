package dk.attestkursus.mail;

import dk.attestkursus.mail.domain.MailStore;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/** The sender and its settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfig {

    @Bean
    MailDispatcher mailDispatcher(
            MailStore store,
            ObjectProvider<JavaMailSender> senders,
            MailSettings settings,
            SystemUser system,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${attestkursus.scheduling:true}") boolean scheduling) {
        MailDispatcher dispatcher = new MailDispatcher(store, senders, settings, system, clock, transactions, "app");
        dispatcher.setScheduled(scheduling);
        if (!dispatcher.configured()) {
            LoggerFactory.getLogger(MailDispatcher.class)
                    .info(
                            "No SMTP server configured (spring.mail.host): mails stay queued and can be read in the mail log");
        }
        return dispatcher;
    }
}
