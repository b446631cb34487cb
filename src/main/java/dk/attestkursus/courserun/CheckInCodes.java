package dk.attestkursus.courserun;

import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.security.SystemUser;
import java.security.SecureRandom;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short check-in codes for the screen in the room: six characters without look-alikes (no 0/O,
 * 1/I). At start-up, runs made before codes existed (or by the demo data) get one.
 */
@Component
@Order(30)
class CheckInCodes implements ApplicationRunner {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final CourseRunRepository runs;
    private final SystemUser system;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();

    CheckInCodes(CourseRunRepository runs, SystemUser system, PlatformTransactionManager txm) {
        this.runs = runs;
        this.system = system;
        this.tx = new TransactionTemplate(txm);
    }

    /** A code no run has yet. */
    String newCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder sb = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!runs.checkInCodeTakenOnPlatform(sb.toString())) {
                return sb.toString();
            }
        }
        throw new IllegalStateException("No free check-in code");
    }

    /** As the platform: every municipality's runs without a code. */
    @Override
    public void run(ApplicationArguments args) {
        system.run(() -> tx.executeWithoutResult(s -> {
            for (CourseRun run : runs.findByCheckInCodeIsNull()) {
                run.setCheckInCode(newCode());
            }
        }));
    }
}
