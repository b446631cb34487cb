package dk.attestkursus.base;

import dk.attestkursus.security.CprGuard;
import org.springframework.stereotype.Component;

/** The accounts feature's CPR check, by the platform's one detector. */
@Component
class CprGuardFromDetector implements CprGuard {

    @Override
    public boolean containsCpr(String text) {
        return CprDetector.contains(text);
    }
}
