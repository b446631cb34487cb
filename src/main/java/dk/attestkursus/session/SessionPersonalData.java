package dk.attestkursus.session;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Chunks;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.session.domain.AgreedAction;
import dk.attestkursus.session.domain.AgreedActionRepository;
import dk.attestkursus.session.domain.RunSession;
import dk.attestkursus.session.domain.RunSessionRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The live session's personal data (issue 25): the note-taker's notes and the agreed actions of a run.
 * They are the instructors' texts about a session, not a caseworker's: the instructors' ids (who wrote
 * the notes last, who added an action) are actors and stay on erasure, while a person's name, as the
 * named note-taker, an action's owner or a word in the notes or an action, is replaced by a neutral text.
 * Retention purges the notes and deletes the agreed actions of runs whose last follow-up has passed.
 */
@Component
class SessionPersonalData implements PersonalData {

    private final RunSessionRepository sessions;
    private final AgreedActionRepository actions;
    private final RunRosterService runs;
    private final AccountService accounts;
    private final AppI18NProvider i18n;

    SessionPersonalData(
            RunSessionRepository sessions,
            AgreedActionRepository actions,
            RunRosterService runs,
            AccountService accounts,
            AppI18NProvider i18n) {
        this.sessions = sessions;
        this.actions = actions;
        this.runs = runs;
        this.accounts = accounts;
        this.i18n = i18n;
    }

    @Override
    public String key() {
        return "session";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("run_session", "note_taker", Erasure.SCRUBBED),
                PersonalColumn.of("run_session", "notes_updated_by", Erasure.ACTOR),
                PersonalColumn.of("agreed_action", "created_by", Erasure.ACTOR),
                PersonalColumn.of("agreed_action", "owner", Erasure.SCRUBBED));
    }

    /**
     * A run's notes that the person wrote last or took (with the text), or that only name them (without
     * the text, which is the instructors' record of the whole group: it names the others too).
     */
    record NotesRecord(
            long courseRun,
            boolean wroteOrTook,
            @Nullable String noteTaker,
            @Nullable String notes,
            @Nullable Instant updatedAt) {}

    /** An agreed action the person added, owns or is named in. */
    record ActionRecord(
            long courseRun,
            String text,
            @Nullable String owner,
            @Nullable LocalDate due,
            Instant createdAt) {}

    @Override
    public FeatureExport export(AccountId person) {
        String name = name(person);
        List<NotesRecord> notes = sessions.concerning(person.value(), name).stream()
                .map(s -> {
                    boolean own = Long.valueOf(person.value()).equals(s.getNotesUpdatedBy())
                            || (s.getNoteTaker() != null
                                    && s.getNoteTaker().strip().equalsIgnoreCase(name));
                    return own
                            ? new NotesRecord(
                                    s.getCourseRunId(), true, s.getNoteTaker(), s.getNotes(), s.getNotesUpdatedAt())
                            : new NotesRecord(s.getCourseRunId(), false, null, null, s.getNotesUpdatedAt());
                })
                .toList();
        List<ActionRecord> agreed = actions.concerning(person.value(), name).stream()
                .map(a -> new ActionRecord(
                        a.getCourseRunId(), a.getText(), a.getOwner(), a.getDueDate(), a.getCreatedAt()))
                .toList();
        Map<String, List<?>> data = new LinkedHashMap<>();
        data.put("notes", notes);
        data.put("agreedActions", agreed);
        return FeatureExport.of(data);
    }

    /**
     * Takes the person's name out of the notes and actions (as note-taker, owner or in the text); what
     * the person wrote as an instructor stays, as the run's record, under the tombstone's id.
     */
    @Override
    public void erase(AccountId person) {
        String name = name(person);
        if (name.isBlank()) {
            return;
        }
        String neutral = i18n.getTranslation("privacy.nameRemoved", AppI18NProvider.DANISH);
        for (RunSession session : sessions.concerning(person.value(), name)) {
            session.scrubNoteTaker(name);
            session.scrubNotes(name, neutral);
        }
        actions.concerning(person.value(), name).forEach(a -> a.scrub(name, neutral));
        // Written now, so SQL later in the same transaction (the erasure's checks) reads the rows as scrubbed.
        sessions.flush();
    }

    /** The notes and agreed actions of runs whose last follow-up was before {@code followUpBefore}. */
    @Override
    public int retention(Instant followUpBefore, boolean purge) {
        List<Long> expired = runs.runsFollowedUpBefore(followUpBefore).stream()
                .map(CourseRunId::value)
                .toList();
        int count = 0;
        for (List<Long> chunk : Chunks.of(expired)) {
            for (RunSession session : sessions.findAllById(chunk)) {
                if (session.hasNotes()) {
                    count++;
                    if (purge) {
                        session.purgeNotes();
                    }
                }
            }
            List<AgreedAction> agreed = actions.findByCourseRunIdIn(chunk);
            count += agreed.size();
            if (purge) {
                actions.deleteAll(agreed);
            }
        }
        if (purge) {
            sessions.flush();
        }
        return count;
    }

    /** The person's name as it would be written, or a text nothing holds when they have none. */
    private String name(AccountId person) {
        String name = accounts.displayNames(List.of(person)).get(person);
        return name == null || name.isBlank() ? UUID.randomUUID().toString() : name.strip();
    }
}
