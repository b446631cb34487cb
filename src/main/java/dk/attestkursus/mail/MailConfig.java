package dk.attestkursus.mail;

import dk.attestkursus.mail.domain.MailStore;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/** The sender, its lock over the database (ShedLock, database time) and the settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfig {

    @Bean
    LockProvider mailLockProvider(DataSource dataSource) {
        return lockProvider(dataSource);
    }

    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Bean
    MailDispatcher mailDispatcher(MailStore store, ObjectProvider<JavaMailSender> senders, LockProvider mailLockProvider,
            MailSettings settings, SystemUser system, Clock clock, PlatformTransactionManager transactions) {
        MailDispatcher dispatcher = new MailDispatcher(store, senders, mailLockProvider, settings, system, clock,
                transactions, "app");
        if (!dispatcher.configured()) {
            LoggerFactory.getLogger(MailDispatcher.class).info(
                    "No SMTP server configured (spring.mail.host): mails stay queued and can be read in the mail log");
        }
        return dispatcher;
    }
}
