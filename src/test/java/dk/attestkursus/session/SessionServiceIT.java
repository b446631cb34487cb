package dk.attestkursus.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.Registration;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Lead;
import dk.attestkursus.content.Slide;
import dk.attestkursus.content.Source;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.RunInput;
import dk.attestkursus.courserun.RunManagementService;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.myths.LivePollService;
import dk.attestkursus.requests.RequestPdfTest;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.AccessiblePdf;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The live session through its service: the run's programme copy, advancing, push, adapting, notes, refusals. */
@IntegrationTest
class SessionServiceIT {

    @Autowired
    SessionService sessions;

    @Autowired
    ProgrammeService programme;

    @Autowired
    SessionNotesService notesService;

    @Autowired
    RunManagementService runs;

    @Autowired
    CourseRunService courseRuns;

    @Autowired
    LivePollService polls;

    @Autowired
    CourseContent content;

    @Autowired
    AppI18NProvider i18n;

    @Autowired
    Fixtures fixtures;

    String gp;
    String jobcenter;
    String caseworker;
    CourseRunId run;

    @BeforeEach
    void setUp() {
        gp = fixtures.account("gp", Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT);
        jobcenter = fixtures.account("jc", Role.INSTRUCTOR, InstructorKind.JOBCENTER);
        caseworker = fixtures.account("cw", Role.PARTICIPANT);
        LocalDate day = LocalDate.now().plusWeeks(2);
        run = fixtures.as(
                jobcenter,
                () -> runs.create(new RunInput(
                        "Sessionshold",
                        "Testkommune",
                        day,
                        LocalTime.of(9, 0),
                        150,
                        false,
                        "Rådhuset",
                        null,
                        null,
                        List.of(new AccountId(fixtures.id(gp)), new AccountId(fixtures.id(jobcenter))),
                        null,
                        null)));
        fixtures.enrol(run, caseworker, EnrolmentRole.PARTICIPANT);
    }

    @Test
    void a_new_run_gets_its_own_copy_of_the_shared_programme() {
        SessionSnapshot s = fixtures.as(gp, () -> sessions.snapshot(run));
        var shared = fixtures.as(gp, () -> content.course().program());
        assertThat(s.blocks())
                .extracting(SessionBlock::contentKey)
                .containsExactlyElementsOf(
                        shared.blocks().stream().map(b -> b.key()).toList());
        assertThat(s.totalMinutes()).isEqualTo(shared.sessionMinutes());
        assertThat(s.startedAt()).isNull();
        assertThat(s.next()).contains(s.blocks().getFirst());
    }

    @Test
    void advancing_twice_from_the_same_block_moves_one_block_and_both_screens_get_the_change() throws Exception {
        BlockingQueue<SessionSnapshot> gpScreen = new LinkedBlockingQueue<>();
        Registration registration = fixtures.as(gp, () -> sessions.subscribe(run, gpScreen::add));
        try {
            SessionSnapshot started = fixtures.as(jobcenter, () -> sessions.start(run));
            BlockId first = started.currentBlockId();
            SessionSnapshot second = fixtures.as(jobcenter, () -> sessions.advance(run, first));
            // The co-instructor clicked "next" on a screen that still showed the first block: no skip.
            SessionSnapshot stale = fixtures.as(gp, () -> sessions.advance(run, first));
            assertThat(stale.currentBlockId()).isEqualTo(second.currentBlockId());
            assertThat(second.current().orElseThrow().position()).isEqualTo(1);

            SessionSnapshot received = null;
            for (int i = 0; i < 2; i++) {
                received = gpScreen.poll(5, TimeUnit.SECONDS);
                assertThat(received).as("push %d", i).isNotNull();
            }
            assertThat(received.currentBlockId()).isEqualTo(second.currentBlockId());
            assertThat(received.isNewerThan(started)).isTrue();
        } finally {
            registration.remove();
        }
    }

    @Test
    void the_last_advance_ends_the_session_and_participants_see_no_instructor_notes() {
        SessionSnapshot s = fixtures.as(gp, () -> sessions.start(run));
        while (s.running()) {
            BlockId current = s.currentBlockId();
            s = fixtures.as(gp, () -> sessions.advance(run, current));
        }
        assertThat(s.endedAt()).isNotNull();
        assertThat(s.current()).isEmpty();

        SessionSnapshot seen =
                fixtures.as(caseworker, () -> sessions.forParticipant(run)).orElseThrow();
        assertThat(seen.blocks()).allSatisfy(b -> {
            assertThat(b.instructorNote()).isEmpty();
            assertThat(b.prompts()).isEmpty();
        });
        String outsider = fixtures.account("out", Role.PARTICIPANT);
        assertThatThrownBy(() -> fixtures.as(outsider, () -> sessions.forParticipant(run)))
                .isInstanceOf(SessionException.class);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> sessions.start(run)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_run_can_adapt_its_programme_without_changing_the_shared_one() {
        SessionSnapshot s = fixtures.as(gp, () -> sessions.snapshot(run));
        BlockId firstId = s.blocks().get(0).id();
        BlockId secondId = s.blocks().get(1).id();

        fixtures.as(gp, () -> programme.move(run, secondId, -1));
        fixtures.as(gp, () -> programme.setMinutes(run, firstId, 3));
        SessionSnapshot adapted = fixtures.as(
                jobcenter,
                () -> programme.addLocalBlock(
                        run,
                        firstId,
                        "Kommunens egen sag",
                        12,
                        Lead.JOBCENTER,
                        "Vi gennemgår en anonymiseret anmodning."));

        assertThat(adapted.blocks().get(0).id()).isEqualTo(secondId);
        assertThat(adapted.blocks().get(1).id()).isEqualTo(firstId);
        assertThat(adapted.blocks().get(1).minutes()).isEqualTo(3);
        assertThat(adapted.blocks().get(2).local()).isTrue();
        assertThat(adapted.blocks().get(2).title()).isEqualTo("Kommunens egen sag");
        var shared = fixtures.as(gp, () -> content.course().program());
        assertThat(shared.totalMinutes()).isEqualTo(shared.sessionMinutes());

        assertThatThrownBy(() ->
                        fixtures.as(gp, () -> programme.addLocalBlock(run, null, "Sag 010190-1234", 5, Lead.BOTH, "")))
                .isInstanceOfSatisfying(
                        SessionException.class, e -> assertThat(e.reason()).isEqualTo(SessionException.Reason.CPR));
        assertThatThrownBy(() -> fixtures.as(gp, () -> programme.setMinutes(run, firstId, 0)))
                .isInstanceOf(SessionException.class);
        assertThat(fixtures.as(gp, () -> sessions.snapshot(run)).blocks())
                .hasSize(adapted.blocks().size());

        SessionSnapshot started = fixtures.as(gp, () -> sessions.start(run));
        assertThatThrownBy(() -> fixtures.as(gp, () -> programme.remove(run, started.currentBlockId())))
                .isInstanceOfSatisfying(
                        SessionException.class,
                        e -> assertThat(e.reason()).isEqualTo(SessionException.Reason.CURRENT_BLOCK));
        assertThatThrownBy(() -> fixtures.as(gp, () -> programme.reset(run)))
                .isInstanceOfSatisfying(
                        SessionException.class, e -> assertThat(e.reason()).isEqualTo(SessionException.Reason.STARTED));
    }

    @Test
    void notes_saved_over_the_co_instructor_are_refused_and_cpr_numbers_never_stored() {
        SessionNotes empty = fixtures.as(gp, () -> notesService.notes(run));
        SessionNotes saved = fixtures.as(
                gp, () -> notesService.saveNotes(run, "Lene", "Gruppen ønsker flere cases.", empty.version()));
        assertThat(saved.updatedBy()).isEqualTo("Test " + gp);

        assertThatThrownBy(() -> fixtures.as(
                        jobcenter, () -> notesService.saveNotes(run, "Lene", "Min version", empty.version())))
                .isInstanceOfSatisfying(
                        SessionException.class,
                        e -> assertThat(e.reason()).isEqualTo(SessionException.Reason.NOTES_CONFLICT));
        assertThatThrownBy(() -> fixtures.as(
                        gp, () -> notesService.saveNotes(run, "Lene", "Borger 0101901234", saved.version())))
                .isInstanceOfSatisfying(
                        SessionException.class, e -> assertThat(e.reason()).isEqualTo(SessionException.Reason.CPR));
        assertThat(fixtures.as(jobcenter, () -> notesService.notes(run)).text())
                .isEqualTo("Gruppen ønsker flere cases.");

        SessionNotes withAction = fixtures.as(
                jobcenter,
                () -> notesService.addAction(
                        run,
                        "Praksiskonsulenten sender skabelon til spørgsmål",
                        "Praksiskonsulenten",
                        LocalDate.now().plusWeeks(2)));
        assertThat(withAction.actions())
                .singleElement()
                .satisfies(a -> assertThat(a.owner()).isEqualTo("Praksiskonsulenten"));
        assertThatThrownBy(() -> fixtures.as(jobcenter, () -> notesService.addAction(run, " ", null, null)))
                .isInstanceOf(SessionException.class);
    }

    @Test
    void opening_a_poll_from_the_programme_makes_it_the_live_poll_and_unknown_ones_are_refused() {
        SessionSnapshot s = fixtures.as(gp, () -> sessions.start(run));
        String myth =
                s.blocks().stream().flatMap(b -> b.polls().stream()).findFirst().orElseThrow();

        SessionSnapshot opened = fixtures.as(gp, () -> sessions.openPoll(run, myth, null));

        assertThat(opened.openPoll()).contains(myth);
        var live = fixtures.as(jobcenter, () -> polls.current(run)).orElseThrow();
        assertThat(live.mythId()).isEqualTo(myth);
        // The co-instructor's screen still showed nothing open: refused, and the live poll keeps its votes.
        assertThatThrownBy(() -> fixtures.as(jobcenter, () -> sessions.openPoll(run, myth, null)))
                .isInstanceOfSatisfying(
                        SessionException.class, e -> assertThat(e.reason()).isEqualTo(SessionException.Reason.CHANGED));
        assertThat(fixtures.as(jobcenter, () -> polls.current(run))
                        .orElseThrow()
                        .pollId())
                .isEqualTo(live.pollId());
        // Closing the poll on the poll screen stops sending participants to it.
        fixtures.as(jobcenter, () -> polls.close(live.pollId()));
        assertThat(fixtures.as(gp, () -> sessions.snapshot(run)).openTarget()).isNull();

        assertThatThrownBy(() -> fixtures.as(gp, () -> sessions.openExercise(run, "findes-ikke", null)))
                .isInstanceOfSatisfying(
                        SessionException.class,
                        e -> assertThat(e.reason()).isEqualTo(SessionException.Reason.NOT_FOUND));
        String otherInstructor = fixtures.account("other", Role.INSTRUCTOR);
        assertThatThrownBy(() -> fixtures.as(otherInstructor, () -> sessions.start(run)))
                .isInstanceOfSatisfying(
                        SessionException.class,
                        e -> assertThat(e.reason()).isEqualTo(SessionException.Reason.NOT_YOURS));
    }

    @Test
    void the_slides_pdf_has_one_16_to_9_page_per_slide_and_the_handout_the_checklist_and_forms() throws Exception {
        SessionSnapshot s = fixtures.as(gp, () -> sessions.snapshot(run));
        List<Slide> all = s.blocks().stream().flatMap(b -> b.slides().stream()).toList();
        assertThat(all).isNotEmpty();
        byte[] pdf = SessionPdfs.slides(s, "Sessionshold", i18n, Locale.forLanguageTag("da"));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "slides.pdf"), pdf); // to look at
        PdfReader deck = new PdfReader(pdf);
        assertThat(deck.getNumberOfPages()).isEqualTo(all.size());
        for (int page = 1; page <= deck.getNumberOfPages(); page++) {
            // 297 x 167 mm: a widescreen slide's shape, not an A4 page
            assertThat(deck.getPageSize(page).getWidth()).isCloseTo(297 / 25.4f * 72, Offset.offset(1f));
            assertThat(deck.getPageSize(page).getHeight()).isCloseTo(167 / 25.4f * 72, Offset.offset(1f));
        }
        PdfTextExtractor text = new PdfTextExtractor(deck);
        assertThat(text.getTextFromPage(1)).contains(all.getFirst().title()).contains("1 / " + all.size());
        int audit = all.indexOf(all.stream()
                        .filter(slide -> slide.markdown().contains("**750**"))
                        .findFirst()
                        .orElseThrow())
                + 1;
        assertThat(text.getTextFromPage(audit)).contains("750").contains("Kilde: Kursusvejledningen fra VID");

        var course = fixtures.as(gp, () -> content.course());
        byte[] handoutPdf = SessionPdfs.handout(course, i18n, Locale.forLanguageTag("da"));
        String handout = RequestPdfTest.text(handoutPdf);
        assertThat(handout).contains(course.program().handout().title());
        course.forms().forEach(f -> assertThat(handout).contains(f.number()));
        // The checklist's sources are links to where they can be read (decision 027).
        List<String> sources = course.program().handout().checklist().stream()
                .flatMap(item -> course.source(item.source()).flatMap(Source::link).stream())
                .toList();
        assertThat(sources).isNotEmpty();
        assertThat(AccessiblePdf.assertAccessible(
                                handoutPdf, course.program().handout().title(), "da-DK")
                        .linkAddresses())
                .containsExactlyElementsOf(sources);
        AccessiblePdf.assertAccessible(pdf, "Slides – Sessionshold", "da-DK");
    }

    @Test
    void the_runbook_pdf_holds_the_timed_programme_in_danish() throws Exception {
        SessionSnapshot s = fixtures.as(gp, () -> sessions.snapshot(run));
        byte[] pdf = fixtures.as(
                gp,
                () -> SessionPdfs.runbook(
                        content.course(),
                        courseRuns.myRun(run).orElseThrow(),
                        s,
                        notesService.notes(run),
                        sessions.instructorNames(run),
                        i18n,
                        Locale.forLanguageTag("da")));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        assertThat(all).contains("Drejebog – Sessionshold").contains("9.00–");
        s.blocks().forEach(b -> assertThat(all).contains(b.title()));
        assertThat(all).contains("Praksiskonsulenten");
        AccessiblePdf.assertAccessible(pdf, "Drejebog – Sessionshold", "da-DK");
    }
}
