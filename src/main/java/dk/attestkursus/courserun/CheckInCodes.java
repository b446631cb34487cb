package dk.attestkursus.courserun;

import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import java.security.SecureRandom;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short check-in codes for the screen in the room: six characters without look-alikes (no 0/O,
 * 1/I). At start-up, runs made before codes existed (or by the demo data) get one.
 */
@Component
@Order(30)
class CheckInCodes implements ApplicationRunner {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final CourseRunRepository runs;
    private final SecureRandom random = new SecureRandom();

    CheckInCodes(CourseRunRepository runs) {
        this.runs = runs;
    }

    /** A code no run has yet. */
    String newCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder sb = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (runs.findByCheckInCode(sb.toString()).isEmpty()) {
                return sb.toString();
            }
        }
        throw new IllegalStateException("No free check-in code");
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (CourseRun run : runs.findByCheckInCodeIsNull()) {
            run.setCheckInCode(newCode());
        }
    }
}
