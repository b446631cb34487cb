package dk.attestkursus.municipalities;

import dk.attestkursus.municipalities.domain.Municipality;
import dk.attestkursus.municipalities.domain.MunicipalityRepository;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.security.demo.DemoAccounts;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's second municipality (profile {@code demo}): Thisted Kommune with people of its own and a
 * held run, so the national view has two municipalities to compare. After the first (order 10), before
 * the check-in codes (30).
 */
@Component
@Profile("demo")
@Order(11)
class DemoMunicipalities implements ApplicationRunner {

    private final MunicipalityRepository municipalities;
    private final DemoAccounts accounts;
    private final SystemUser system;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoMunicipalities(
            MunicipalityRepository municipalities,
            DemoAccounts accounts,
            SystemUser system,
            PlatformTransactionManager txm,
            Clock clock) {
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.system = system;
        this.tx = new TransactionTemplate(txm);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String name = DemoAccounts.SECOND.municipalityName();
        String slug = MunicipalityService.slug(name);
        Municipality second = system.call(() -> tx.execute(s -> municipalities
                .findBySlug(slug)
                .orElseGet(() -> municipalities.save(new Municipality(slug, name, clock.instant())))));
        accounts.seedMunicipality(second.municipalityId(), DemoAccounts.SECOND);
    }
}
