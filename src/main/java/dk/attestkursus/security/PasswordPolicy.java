package dk.attestkursus.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules a chosen password must meet, as NIST SP 800-63B asks (issue 22): at least 12 characters and
 * at most 64 (bcrypt reads 72 bytes), no composition rules, and not the user name, the e-mail, a common
 * password ({@code security/common-passwords.txt}, 30,000 entries) or a common password with digits or
 * signs put after it, nor one character repeated.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final String LIST = "/security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The translation keys of what is wrong with the password; empty when it may be used. */
    public List<String> problems(@Nullable String password, @Nullable String username, @Nullable String email) {
        List<String> problems = new ArrayList<>();
        String value = password == null ? "" : password;
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            problems.add("password.error.tooShort");
            return problems;
        }
        if (length > MAX_LENGTH || value.getBytes(StandardCharsets.UTF_8).length > 72) {
            problems.add("password.error.tooLong");
            return problems;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String mail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String mailName = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
        if ((user.length() >= 3 && lower.contains(user))
                || (!mail.isEmpty() && lower.contains(mail))
                || (mailName.length() >= 3 && lower.contains(mailName))) {
            problems.add("password.error.personal");
        }
        String stem = lower.replaceAll("[\\d\\W_]+$", "");
        if (common.contains(lower)
                || (!stem.isEmpty() && common.contains(stem))
                || lower.chars().distinct().count() <= 2) {
            problems.add("password.error.common");
        }
        return problems;
    }

    /** How many common passwords the list holds. */
    public int listSize() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(LIST), LIST);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
