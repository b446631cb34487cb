package dk.attestkursus.security;

import dk.attestkursus.kernel.ClientRateLimit;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Limits wrong passwords per client address (issue 24, decision 029), the same for every user name, known or
 * not, so the answer tells nobody which names exist:
 * <ul>
 *   <li>{@value #PER_NAME_AND_ADDRESS} wrong passwords for one name from one address in
 *       {@link #NAME_AND_ADDRESS_PERIOD}; then that name is refused from that address until the period is
 *       over. The owner at their own computer is not stopped by someone typing their name elsewhere.</li>
 *   <li>{@value #PER_ADDRESS} wrong passwords from one address in {@link #ADDRESS_PERIOD}, whatever the
 *       names (trying one password on many names); high enough for a town hall behind one address.</li>
 * </ul>
 * Held in memory per instance ({@link ClientRateLimit}); a successful login clears its name's count.
 */
@Component
class LoginThrottle {

    static final int PER_NAME_AND_ADDRESS = 5;
    static final Duration NAME_AND_ADDRESS_PERIOD = Duration.ofMinutes(SecurityPaths.LOGIN_WAIT_MINUTES);
    static final int PER_ADDRESS = 50;
    static final Duration ADDRESS_PERIOD = Duration.ofMinutes(15);

    private final ClientRateLimit perNameAndAddress;
    private final ClientRateLimit perAddress;

    LoginThrottle(Clock clock) {
        this.perNameAndAddress = new ClientRateLimit(PER_NAME_AND_ADDRESS, NAME_AND_ADDRESS_PERIOD, clock);
        this.perAddress = new ClientRateLimit(PER_ADDRESS, ADDRESS_PERIOD, clock);
    }

    /** Whether a login with the name from the address is refused before its password is looked at. */
    boolean refuses(String name, String address) {
        return perNameAndAddress.exhausted(key(name, address)) || perAddress.exhausted(address);
    }

    void failed(String name, String address) {
        perNameAndAddress.record(key(name, address));
        perAddress.record(address);
    }

    void succeeded(String name, String address) {
        perNameAndAddress.reset(key(name, address));
    }

    private static String key(String name, String address) {
        return name.strip().toLowerCase(Locale.ROOT) + "|" + address;
    }
}
