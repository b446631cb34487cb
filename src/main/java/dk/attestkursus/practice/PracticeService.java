package dk.attestkursus.practice;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.practice.domain.PracticeStore;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The door of the practice after the session (issue 27): the participant's own questions and answers on
 * the start page, and answering or unsubscribing through a mail's one-time link without logging in. A
 * link's token is found by its SHA-256 hash across municipalities and used within its owner's (decision
 * 020); it works once, until it expires.
 */
@Service
public class PracticeService {

    /** Answered through the mail's link, or on the start page. */
    static final String BY_MAIL = "MAIL";

    static final String BY_PAGE = "PAGE";

    private final PracticeStore store;
    private final PracticeTexts texts;
    private final CourseContent content;
    private final CurrentUser currentUser;
    private final MunicipalScope scope;
    private final SystemUser system;
    private final TransactionTemplate tx;
    private final Clock clock;

    PracticeService(
            PracticeStore store,
            PracticeTexts texts,
            CourseContent content,
            CurrentUser currentUser,
            MunicipalScope scope,
            SystemUser system,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.texts = texts;
        this.content = content;
        this.currentUser = currentUser;
        this.scope = scope;
        this.system = system;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The logged-in participant's practice: the waiting question, the last answer, the counts. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional(readOnly = true)
    public PracticeOverview mine() {
        long me = currentUser.require().id().value();
        Course course = content.course();
        Instant now = clock.instant();
        List<PracticeStore.Prompt> prompts = store.ofAccount(me).stream()
                .filter(p -> course.practice().item(p.itemKey()).isPresent())
                .sorted(Comparator.comparing(PracticeStore.Prompt::dueAt))
                .toList();
        PracticeQuestion pending = prompts.reversed().stream()
                .filter(p -> !p.answered() && !PracticeTexts.expired(p, now))
                .findFirst()
                .flatMap(p -> texts.question(course, p))
                .orElse(null);
        PracticeFeedback last = prompts.reversed().stream()
                .filter(PracticeStore.Prompt::answered)
                .findFirst()
                .map(p -> texts.feedback(
                        course,
                        course.practice().item(p.itemKey()).orElseThrow(),
                        Objects.requireNonNull(p.answerKey())))
                .orElse(null);
        int answered =
                (int) prompts.stream().filter(PracticeStore.Prompt::answered).count();
        int right = (int)
                prompts.stream().filter(p -> Boolean.TRUE.equals(p.correct())).count();
        return new PracticeOverview(
                pending,
                last,
                prompts.size(),
                answered,
                right,
                streak(prompts, now),
                store.optedOutAt(me).isPresent());
    }

    /** Answers one of the logged-in participant's own waiting questions on the start page. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional
    public PracticeFeedback answerMine(long promptId, String answerKey) {
        long me = currentUser.require().id().value();
        PracticeStore.Prompt prompt = store.byId(promptId)
                .filter(p -> p.accountId() == me)
                .orElseThrow(() ->
                        new PracticeRefusedException(PracticeRefusedException.Reason.NOT_FOUND, "prompt " + promptId));
        return answer(prompt, answerKey, BY_PAGE);
    }

    /**
     * Answers the question of a mail's link, without logging in: the link's owner's answer is stored once,
     * and the feedback shown; a used, expired or unknown link says so and stores nothing.
     */
    @PreAuthorize("permitAll()")
    public LinkAnswer answerByLink(@Nullable String token, @Nullable String answerKey) {
        Optional<PracticeStore.Prompt> found = find(token);
        if (found.isEmpty()) {
            return LinkAnswer.of(LinkAnswer.State.UNKNOWN);
        }
        PracticeStore.Prompt prompt = found.get();
        return inOwnersMunicipality(prompt, () -> {
            try {
                PracticeFeedback feedback =
                        answer(store.byId(prompt.id()).orElseThrow(), answerKey == null ? "" : answerKey, BY_MAIL);
                return new LinkAnswer(LinkAnswer.State.ANSWERED, feedback);
            } catch (PracticeRefusedException refused) {
                return LinkAnswer.of(
                        switch (refused.reason()) {
                            case USED -> LinkAnswer.State.USED;
                            case EXPIRED -> LinkAnswer.State.EXPIRED;
                            case NO_SUCH_ANSWER -> LinkAnswer.State.NO_SUCH_ANSWER;
                            case NOT_FOUND -> LinkAnswer.State.UNKNOWN;
                        });
            }
        });
    }

    /**
     * Unsubscribes the owner of a mail's link from the practice mails (not from the course's other mails);
     * false for an unknown link. Works also after the question was answered, as long as the person is here.
     */
    @PreAuthorize("permitAll()")
    public boolean unsubscribe(@Nullable String token) {
        Optional<PracticeStore.Prompt> found = find(token);
        if (found.isEmpty()) {
            return false;
        }
        PracticeStore.Prompt prompt = found.get();
        return inOwnersMunicipality(prompt, () -> {
            store.optOut(prompt.accountId(), clock.instant());
            return true;
        });
    }

    /** The logged-in participant turns the practice mails on or off (the questions stay on the start page). */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional
    public void mails(boolean on) {
        long me = currentUser.require().id().value();
        if (on) {
            store.optIn(me);
        } else {
            store.optOut(me, clock.instant());
        }
    }

    private PracticeFeedback answer(PracticeStore.Prompt prompt, String answerKey, String by) {
        Course course = content.course();
        PracticeItem item = course.practice()
                .item(prompt.itemKey())
                .orElseThrow(() -> new PracticeRefusedException(
                        PracticeRefusedException.Reason.NOT_FOUND, "item " + prompt.itemKey()));
        if (prompt.answered()) {
            throw new PracticeRefusedException(PracticeRefusedException.Reason.USED, "prompt " + prompt.id());
        }
        Instant now = clock.instant();
        if (PracticeTexts.expired(prompt, now)) {
            throw new PracticeRefusedException(PracticeRefusedException.Reason.EXPIRED, "prompt " + prompt.id());
        }
        PracticeItem.Option option = item.option(answerKey)
                .orElseThrow(() -> new PracticeRefusedException(
                        PracticeRefusedException.Reason.NO_SUCH_ANSWER, "prompt " + prompt.id()));
        if (!store.answer(prompt.id(), option.key(), option.judgement().counts(), by, now)) {
            // Answered in another tab or by the link a moment ago.
            throw new PracticeRefusedException(PracticeRefusedException.Reason.USED, "prompt " + prompt.id());
        }
        return texts.feedback(course, item, option.key());
    }

    /** Practice days in a row answered, counted back from the newest that can no longer be waiting. */
    private static int streak(List<PracticeStore.Prompt> prompts, Instant now) {
        int streak = 0;
        for (PracticeStore.Prompt p : prompts.reversed()) {
            if (p.answered()) {
                streak++;
            } else if (PracticeTexts.expired(p, now)) {
                break;
            }
        }
        return streak;
    }

    private <T> T inOwnersMunicipality(PracticeStore.Prompt prompt, java.util.function.Supplier<T> work) {
        MunicipalityId owner = new MunicipalityId(prompt.municipalityId());
        return system.call(() -> scope.within(owner, () -> tx.execute(s -> work.get())));
    }

    private Optional<PracticeStore.Prompt> find(@Nullable String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return scope.platform(() -> store.byTokenHash(hash(token)));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
