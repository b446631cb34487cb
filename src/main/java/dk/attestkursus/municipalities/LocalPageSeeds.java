package dk.attestkursus.municipalities;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.content.ContentException;
import dk.attestkursus.municipalities.domain.LocalPageRepository;
import dk.attestkursus.municipalities.domain.LocalPageText;
import dk.attestkursus.municipalities.domain.LocalPageVersion;
import dk.attestkursus.municipalities.domain.LocalPageVersionRepository;
import dk.attestkursus.municipalities.domain.Municipality;
import dk.attestkursus.municipalities.domain.MunicipalityRepository;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A municipality's page can start from {@code content/municipalities/<slug>.md} (issue 21): at start-up,
 * a municipality without a page gets that file's text, checked like the course content (a CPR number or
 * a text too long stops the start with file and line). A page once written in the UI is never replaced.
 * After the demo municipalities (order 11).
 */
@Component
@Order(20)
class LocalPageSeeds implements ApplicationRunner {

    private final Path folder;
    private final MunicipalityRepository municipalities;
    private final LocalPageRepository pages;
    private final LocalPageVersionRepository versions;
    private final SystemUser system;
    private final MunicipalScope scope;
    private final TransactionTemplate tx;
    private final Clock clock;

    LocalPageSeeds(
            @Value("${attestkursus.content-dir:content}") Path contentDir,
            MunicipalityRepository municipalities,
            LocalPageRepository pages,
            LocalPageVersionRepository versions,
            SystemUser system,
            MunicipalScope scope,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.folder = contentDir.resolve("municipalities");
        this.municipalities = municipalities;
        this.pages = pages;
        this.versions = versions;
        this.system = system;
        this.scope = scope;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        system.run(() -> {
            List<Municipality> all = municipalities.findByIdGreaterThanOrderByNameAsc(0);
            for (Municipality m : all) {
                Path file = folder.resolve(m.getSlug() + ".md");
                if (Files.isRegularFile(file)) {
                    String text = read(file);
                    scope.within(m.municipalityId(), () -> tx.execute(s -> seed(text)));
                }
            }
        });
    }

    private boolean seed(String text) {
        if (pages.findFirstByOrderByIdAsc().isPresent()) {
            return false;
        }
        pages.save(new LocalPageText(text, clock.instant(), null));
        versions.save(new LocalPageVersion(text, clock.instant(), null));
        return true;
    }

    private static String read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CprDetector.find(text).ifPresent(match -> {
            throw new ContentException(file, CprDetector.lineOf(text, match.start()), "a CPR number (decision 007)");
        });
        if (text.length() > LocalPageService.MAX_LENGTH) {
            throw new ContentException(file, 0, "longer than " + LocalPageService.MAX_LENGTH + " characters");
        }
        return text;
    }
}
