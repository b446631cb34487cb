package dk.attestkursus.accessmatrix;

import dk.attestkursus.certificates.CertificateService;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.mail.MailId;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.myths.LivePollService;
import dk.attestkursus.myths.MythAnswer;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.myths.PollId;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.RequestField;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.requests.RequestVersionId;
import dk.attestkursus.requests.Review;
import dk.attestkursus.requests.ReviewInput;
import dk.attestkursus.requests.ReviewService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.NewAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.session.AgreedActionId;
import dk.attestkursus.session.BlockId;
import dk.attestkursus.session.SessionNotesService;
import dk.attestkursus.session.SessionService;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.Unique;
import dk.attestkursus.transfer.ActionPlan;
import dk.attestkursus.transfer.ActionPlanItemId;
import dk.attestkursus.transfer.ActionPlanService;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.SelfAssessmentService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subjects of the access matrix and the objects they ask for, made fresh for each run in the demo's
 * first municipality: a caseworker in a run held two weeks ago with four team mates, attended, every module
 * done, every myth guessed, an own-case request and an exercise submitted and returned with feedback, a
 * certificate, a self-assessment, an action plan, a vote in the run's live poll, an agreed action and a mail;
 * the run's instructor, the team's leader, new administrators of both municipalities, and beside them a
 * caseworker, an instructor and a leader of another run and team. The caseworker's user name is the
 * {@link #marker}: it stands in their name, their run's and team's names and their texts, so an answer that
 * holds it shows something of theirs.
 */
final class World {

    static final String EXERCISE = "oevelse-kim-lae-285";

    final String marker;
    final Map<Subject, String> usernames = new EnumMap<>(Subject.class);
    final Map<Class<?>, Long> ids = new HashMap<>();
    final Map<String, @Nullable Object> byName = new HashMap<>();
    private final Fixtures fixtures;

    private World(Fixtures fixtures, String marker) {
        this.fixtures = fixtures;
        this.marker = marker;
    }

    /** Runs {@code action} as the subject: logged in as their account, or as an anonymous visitor. */
    <T> T as(Subject subject, Supplier<T> action) {
        return subject == Subject.ANONYMOUS
                ? fixtures.asAnonymous(action)
                : fixtures.as(usernames.get(subject), action);
    }

    static World build(ApplicationContext context) {
        Fixtures fx = context.getBean(Fixtures.class);
        String cw = fx.account("amxa", Role.PARTICIPANT);
        World world = new World(fx, cw);
        world.usernames.put(Subject.CASEWORKER, cw);
        world.usernames.put(Subject.OTHER_CASEWORKER, fx.account("amxb", Role.PARTICIPANT));
        world.usernames.put(
                Subject.RUN_INSTRUCTOR, fx.account("amxc", Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT));
        world.usernames.put(Subject.OTHER_INSTRUCTOR, fx.account("amxd", Role.INSTRUCTOR));
        world.usernames.put(Subject.TEAM_LEADER, fx.account("amxe", Role.LEADER));
        world.usernames.put(Subject.OTHER_LEADER, fx.account("amxf", Role.LEADER));
        world.usernames.put(Subject.ADMIN, fx.account("amxg", Role.ADMIN));
        world.usernames.put(Subject.OTHER_ADMIN, world.adminOfTheOtherMunicipality(context));
        world.usernames.put(Subject.PLATFORM_ADMIN, "platform");
        world.usernames.put(Subject.COORDINATOR, "koordinator");
        world.people(context);
        world.objects(context);
        world.arguments(context);
        return world;
    }

    /** A new administrator of the demo's second municipality, made by its demo administrator. */
    private String adminOfTheOtherMunicipality(ApplicationContext context) {
        String username = "amxh" + Unique.tag();
        fixtures.as(
                DemoAccounts.SECOND.prefix() + "admin",
                () -> context.getBean(AccountService.class)
                        .create(new NewAccount(
                                "Test " + username, username, username + "@example.dk", Role.ADMIN, null, null)));
        return username;
    }

    private String user(Subject subject) {
        return usernames.get(subject);
    }

    private AccountId account(Subject subject) {
        return new AccountId(fixtures.id(user(subject)));
    }

    /**
     * The two teams and the two runs, held 15 days ago (the first follow-up is open). The caseworker's team
     * is five, all on the run, so figures about the team (a group of five, decision 011) can be asked for.
     */
    private void people(ApplicationContext context) {
        TeamId team = fixtures.team("Team " + marker, user(Subject.TEAM_LEADER));
        List<String> five = new ArrayList<>(List.of(user(Subject.CASEWORKER)));
        for (int i = 0; i < 4; i++) {
            five.add(fixtures.account("amxi", Role.PARTICIPANT));
        }
        fixtures.members(team, five.toArray(String[]::new));
        TeamId other = fixtures.team("Andet team " + Unique.tag(), user(Subject.OTHER_LEADER));
        fixtures.members(other, user(Subject.OTHER_CASEWORKER));
        Instant held = Instant.now().minus(Duration.ofDays(15));
        CourseRunId run = fixtures.run("Hold " + marker, held);
        fixtures.enrol(run, user(Subject.RUN_INSTRUCTOR), EnrolmentRole.INSTRUCTOR);
        five.forEach(p -> fixtures.enrol(run, p, EnrolmentRole.PARTICIPANT));
        byName.put(
                "accounts",
                five.stream().map(p -> new AccountId(fixtures.id(p))).toList());
        Map<AccountId, String> groupOf = new HashMap<>();
        five.forEach(p -> groupOf.put(new AccountId(fixtures.id(p)), "team"));
        byName.put("groupOf", Map.copyOf(groupOf)); // the batch statistics: the five as one group
        CourseRunId otherRun = fixtures.run("Andet hold " + Unique.tag(), held);
        fixtures.enrol(otherRun, user(Subject.OTHER_INSTRUCTOR), EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(otherRun, user(Subject.OTHER_CASEWORKER), EnrolmentRole.PARTICIPANT);
        AccountId caseworker = account(Subject.CASEWORKER);
        fixtures.as(user(Subject.RUN_INSTRUCTOR), () -> {
            context.getBean(EnrolmentService.class).setAttended(run, caseworker, true);
            return null;
        });
        ids.put(TeamId.class, team.value());
        ids.put(CourseRunId.class, run.value());
        byName.put("runOf", Map.of("team", run));
        ids.put(AccountId.class, caseworker.value());
        ids.put(MunicipalityId.class, DemoAccounts.FIRST_MUNICIPALITY.value());
    }

    /** What the caseworker wrote and got, and what the instructor made in the run's session. */
    private void objects(ApplicationContext context) {
        CourseRunId run = new CourseRunId(ids.get(CourseRunId.class));
        String cw = user(Subject.CASEWORKER);
        Course course =
                fixtures.as(cw, () -> context.getBean(CourseContent.class).course());
        LearningService learning = context.getBean(LearningService.class);
        for (Module module : course.modules()) {
            module.lessons().forEach(l -> fixtures.as(cw, () -> learning.markRead(l.id())));
            module.quiz().forEach(q -> fixtures.as(cw, () -> learning.answer(q.id(), q.correctIndex())));
        }
        RequestFields fields = new RequestFields(
                "LÆ 285",
                "Attesten skal bruges til at planlægge den første opfølgning med arbejdsgiveren.",
                "Kim er lagerarbejder og sygemeldt med rygsmerter. Skrevet af " + marker + ".",
                List.of("Hvilke skånehensyn skal der tages de næste fire uger?"),
                true,
                "Oplysninger fra egen læge om ryggen til brug i sygedagpengesagen.",
                "");
        String ownCase =
                course.writing().ownCase(Writing.OwnCase.BEFORE).orElseThrow().id();
        for (String exercise : List.of(ownCase, EXERCISE)) {
            RequestVersionId version = fixtures.as(
                            cw, () -> context.getBean(ExerciseService.class).submit(exercise, run, fields, -1))
                    .versions()
                    .getFirst()
                    .id();
            ids.put(RequestVersionId.class, version.value());
            returned(context, course, version);
        }
        MythService myths = context.getBean(MythService.class);
        course.myths().forEach(m -> fixtures.as(cw, () -> myths.guess(m.id(), MythAnswer.MYTH, 3)));
        Map<String, Integer> answers = new HashMap<>();
        course.transfer().selfAssessment().statements().forEach(s -> answers.put(s.key(), 4));
        fixtures.as(cw, () -> {
            context.getBean(SelfAssessmentService.class).submit(Phase.FOLLOW_UP_1, answers, "Svar fra " + marker, -1);
            return null;
        });
        ActionPlanService plans = context.getBean(ActionPlanService.class);
        ActionPlan plan = fixtures.as(
                cw, () -> plans.save(List.of(new ActionPlan.ActionInput("Formålet først, aftalt af " + marker, "Nu"))));
        ids.put(ActionPlanItemId.class, plan.actions().getFirst().id().value());
        fixtures.as(
                user(Subject.OTHER_CASEWORKER),
                () -> plans.save(List.of(new ActionPlan.ActionInput("Spørgsmålene først", "Nu"))));
        String code = fixtures.as(
                        cw, () -> context.getBean(CertificateService.class).mine())
                .issued()
                .orElseThrow()
                .code();
        byName.put("typed", code);
        session(context, run, course);
    }

    /** The run's instructor scores every criterion and returns the request to the caseworker. */
    private void returned(ApplicationContext context, Course course, RequestVersionId version) {
        String ins = user(Subject.RUN_INSTRUCTOR);
        ReviewService reviews = context.getBean(ReviewService.class);
        Review opened = fixtures.as(ins, () -> reviews.open(version));
        Map<String, ReviewInput.Criterion> scores = new HashMap<>();
        course.writing()
                .rubric()
                .criteria()
                .forEach(c -> scores.put(c.key(), new ReviewInput.Criterion(2, "Godt.", RequestField.PURPOSE)));
        fixtures.as(
                ins,
                () -> reviews.returnToWriter(
                        version, new ReviewInput(scores, "Godt arbejde.", "Lægen kan svare."), opened.reviewVersion()));
    }

    /** The run's programme, a live poll the caseworker voted in, an agreed action, and a mail to the caseworker. */
    private void session(ApplicationContext context, CourseRunId run, Course course) {
        String ins = user(Subject.RUN_INSTRUCTOR);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        fixtures.as(ins, () -> context.getBean(SessionService.class).snapshot(run));
        ids.put(
                BlockId.class,
                jdbc.queryForObject("select min(id) from run_block where course_run_id = ?", Long.class, run.value()));
        String myth = course.myths().getFirst().id();
        LivePollService polls = context.getBean(LivePollService.class);
        PollId poll = fixtures.as(ins, () -> polls.open(run, myth, null)).pollId();
        ids.put(PollId.class, poll.value());
        fixtures.as(user(Subject.CASEWORKER), () -> polls.vote(poll, MythAnswer.MYTH));
        fixtures.as(
                ins,
                () -> context.getBean(SessionNotesService.class).addAction(run, "Aftalt med " + marker, null, null));
        ids.put(
                AgreedActionId.class,
                jdbc.queryForObject(
                        "select min(id) from agreed_action where course_run_id = ?", Long.class, run.value()));
        Timestamp now = Timestamp.from(Instant.now());
        String key = "access-matrix/" + marker;
        jdbc.update(
                "insert into mail_message (municipality_id, dedupe_key, recipient_email, recipient_account_id, topic,"
                        + " subject, text_body, html_body, status, send_after, next_attempt_at, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, 'Tekst', '<p>Tekst</p>', 'CANCELLED', ?, ?, ?, ?)",
                DemoAccounts.FIRST_MUNICIPALITY.value(),
                key,
                marker + "@example.dk",
                ids.get(AccountId.class),
                "run-" + run.value() + "/access-matrix",
                "Til " + marker,
                now,
                now,
                now,
                now);
        ids.put(MailId.class, jdbc.queryForObject("select id from mail_message where dedupe_key = ?", Long.class, key));
        byName.put("topic", MailTopic.ofRun(run, "access-matrix"));
    }

    /** Parameters whose made-up value by type would ask about nothing: content ids, the caseworker's address. */
    private void arguments(ApplicationContext context) {
        Course course = fixtures.as(
                user(Subject.CASEWORKER),
                () -> context.getBean(CourseContent.class).course());
        Module module = course.modules().getFirst();
        byName.put("exerciseId", EXERCISE);
        byName.put("mythId", course.myths().getFirst().id());
        byName.put("lessonId", module.lessons().getFirst().id());
        byName.put("questionId", module.quiz().getFirst().id());
        byName.put("moduleKey", module.key());
        byName.put("caseId", course.cases().getFirst().id());
        byName.put("emailOrUsername", marker);
        byName.put("email", marker + "@example.dk");
        byName.put("emails", List.of(marker + "@example.dk"));
        byName.put("name", "Team " + marker);
        byName.put("search", marker);
        byName.put("status", null);
        byName.put("offset", 0);
        byName.put("limit", 50);
        byName.put("phase", Phase.FOLLOW_UP_1);
        byName.put("clientAddress", "192.0.2.1");
        byName.put("locale", Locale.of("xx"));
        byName.put("listener", (Consumer<Object>) snapshot -> {});
    }
}
