package dk.attestkursus.municipalities;

import dk.attestkursus.municipalities.domain.LocalPageRepository;
import dk.attestkursus.municipalities.domain.LocalPageVersionRepository;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The municipality's own page as its administrators wrote it (issue 25): who saved which text, when.
 *
 * <p>Erasure keeps the page and its history: the text is the municipality's, written by its administrator
 * in their job, and every caseworker of the municipality reads it; the rows refer to the tombstone, which
 * has no name.
 */
@Component
class MunicipalitiesPersonalData implements PersonalData {

    private final LocalPageRepository pages;
    private final LocalPageVersionRepository versions;

    MunicipalitiesPersonalData(LocalPageRepository pages, LocalPageVersionRepository versions) {
        this.pages = pages;
        this.versions = versions;
    }

    /** A text of the municipality's page the person saved. */
    record SavedText(Instant savedAt, String markdown) {}

    /** The municipality's page as it reads now, when the person was the last to save it. */
    record LastSaved(Instant updatedAt) {}

    @Override
    public String key() {
        return "municipalities";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("local_page", "updated_by", Erasure.ACTOR),
                PersonalColumn.of("local_page_version", "saved_by", Erasure.ACTOR));
    }

    @Override
    public FeatureExport export(AccountId person) {
        Map<String, List<?>> data = new LinkedHashMap<>();
        data.put(
                "localPageTextsSaved",
                versions.findBySavedByOrderBySavedAtAscIdAsc(person.value()).stream()
                        .map(v -> new SavedText(v.getSavedAt(), v.getMarkdown()))
                        .toList());
        data.put(
                "localPageLastSaved",
                pages.findByUpdatedBy(person.value()).stream()
                        .map(p -> new LastSaved(p.getUpdatedAt()))
                        .toList());
        return FeatureExport.of(data);
    }

    /** Nothing to delete: the page is the municipality's (see above). */
    @Override
    public void erase(AccountId person) {
        // The rows refer to the tombstone only.
    }
}
