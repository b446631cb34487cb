package dk.attestkursus.results;

import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.results.domain.ExtractStore;
import dk.attestkursus.security.AccountId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The data extracts a leader or administrator uploaded for a team (issue 25). The figures are the team's,
 * from the municipality's case system, not about the person who uploaded them.
 *
 * <p>Erasure keeps the rows: the team's dashboard sums them ({@link ResultsService}); the uploader refers to
 * the tombstone, which has no name.
 */
@Component
class ResultsPersonalData implements PersonalData {

    private final ExtractStore extracts;

    ResultsPersonalData(ExtractStore extracts) {
        this.extracts = extracts;
    }

    @Override
    public String key() {
        return "results";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(PersonalColumn.of("data_extract_row", "uploaded_by", Erasure.ACTOR));
    }

    @Override
    public FeatureExport export(AccountId person) {
        return FeatureExport.of(Map.of("dataExtractRowsUploaded", extracts.uploadedBy(person.value())));
    }

    /** Nothing to delete: the rows are the team's figures (see above). */
    @Override
    public void erase(AccountId person) {
        // The uploader refers to the tombstone only.
    }
}
