package dk.attestkursus.e2e;

import java.util.List;

/**
 * A demo account (password "demo") and what its role should see: its start page, its side
 * navigation entries and some views of other roles it must not open. Read from the views'
 * {@code @Route}, {@code @Menu} and {@code @RolesAllowed}.
 */
public enum DemoUser {
    SAGSBEHANDLER(
            "sagsbehandler",
            "Sara Sagsbehandler",
            "role.participant",
            "/kursus",
            "course.home.title",
            List.of(
                    "/kursus",
                    "/kursus/myter",
                    "/kursus/live",
                    "/kursus/cases",
                    "/kursus/anmodninger",
                    "/kursus/handlingsplan",
                    "/kursus/kursusbevis",
                    "/attestguide",
                    "/kommune",
                    "/min-konto",
                    "/mine-data"),
            List.of(
                    "nav.course",
                    "nav.myths",
                    "nav.live",
                    "nav.cases",
                    "nav.requests",
                    "nav.actionPlan",
                    "nav.certificate",
                    "nav.formGuide",
                    "nav.localPage",
                    "nav.myAccount",
                    "nav.myData"),
            List.of(
                    "/admin",
                    "/admin/konti",
                    "/admin/mails",
                    "/underviser",
                    "/leder",
                    "/underviser/myter",
                    "/underviser/anmodninger",
                    "/hold",
                    "/admin/fortegnelse")),
    PRAKSISKONSULENT(
            "praksiskonsulent",
            "Peter Praksiskonsulent",
            "role.instructor",
            "/underviser",
            "instructor.home.title",
            List.of(
                    "/underviser",
                    "/hold",
                    "/underviser/myter",
                    "/underviser/anmodninger",
                    "/underviser/laering",
                    "/kursus/cases",
                    "/attestguide",
                    "/kommune",
                    "/min-konto",
                    "/mine-data"),
            List.of(
                    "nav.instructor",
                    "nav.runs",
                    "nav.polls",
                    "nav.reviews",
                    "nav.runLearning",
                    "nav.cases",
                    "nav.formGuide",
                    "nav.localPage",
                    "nav.myAccount",
                    "nav.myData"),
            List.of("/kursus", "/leder", "/leder/resultater", "/admin", "/kursus/live", "/kursus/anmodninger")),
    JOBCENTER(
            "jobcenter",
            "Jonna Jobcenter",
            "role.instructor",
            "/underviser",
            "instructor.home.title",
            List.of(
                    "/underviser",
                    "/hold",
                    "/underviser/myter",
                    "/underviser/anmodninger",
                    "/underviser/laering",
                    "/kursus/cases",
                    "/attestguide",
                    "/kommune",
                    "/min-konto",
                    "/mine-data"),
            List.of(
                    "nav.instructor",
                    "nav.runs",
                    "nav.polls",
                    "nav.reviews",
                    "nav.runLearning",
                    "nav.cases",
                    "nav.formGuide",
                    "nav.localPage",
                    "nav.myAccount",
                    "nav.myData"),
            List.of(
                    "/kursus",
                    "/admin/konti",
                    "/kursus/myter",
                    "/kursus/tjek-ind",
                    "/kursus/session",
                    "/kursus/handlingsplan")),
    LEDER(
            "leder",
            "Lene Leder",
            "role.leader",
            "/leder",
            "leader.home.title",
            List.of("/leder", "/leder/resultater", "/kommune", "/min-konto", "/mine-data"),
            List.of("nav.leader", "nav.results", "nav.localPage", "nav.myAccount", "nav.myData"),
            List.of(
                    "/kursus",
                    "/underviser",
                    "/admin",
                    "/kursus/modul/01-roller-og-ansvar",
                    "/attestguide",
                    "/kursus/myter",
                    "/underviser/myter",
                    "/hold")),
    ADMIN(
            "admin",
            "Anna Administrator",
            "role.admin",
            "/admin",
            "admin.home.title",
            List.of(
                    "/admin",
                    "/hold",
                    "/admin/konti",
                    "/admin/teams",
                    "/admin/kommunens-login",
                    "/leder/resultater",
                    "/admin/mails",
                    "/admin/persondata",
                    "/attestguide",
                    "/kommune",
                    "/admin/fortegnelse",
                    "/min-konto",
                    "/mine-data"),
            List.of(
                    "nav.admin",
                    "nav.runs",
                    "nav.accounts",
                    "nav.teams",
                    "nav.singleSignOn",
                    "nav.results",
                    "nav.mails",
                    "nav.privacyAdmin",
                    "nav.formGuide",
                    "nav.localPage",
                    "nav.processingRecord",
                    "nav.myAccount",
                    "nav.myData"),
            List.of("/kursus", "/underviser", "/leder")),
    PLATFORM(
            "platform",
            "Vera Platform",
            "role.platform_admin",
            "/platform",
            "municipalities.title",
            List.of("/platform", "/national", "/admin/persondata", "/admin/fortegnelse", "/min-konto", "/mine-data"),
            List.of(
                    "nav.municipalities",
                    "nav.national",
                    "nav.privacyAdmin",
                    "nav.processingRecord",
                    "nav.myAccount",
                    "nav.myData"),
            List.of("/kursus", "/underviser", "/leder", "/admin", "/admin/konti", "/hold", "/kommune")),
    KOORDINATOR(
            "koordinator",
            "Karl Koordinator",
            "role.coordinator",
            "/national",
            "national.title",
            List.of("/national", "/min-konto", "/mine-data"),
            List.of("nav.national", "nav.myAccount", "nav.myData"),
            List.of("/platform", "/kursus", "/admin", "/hold", "/leder", "/leder/resultater", "/admin/fortegnelse"));

    public static final String PASSWORD = "demo";

    public final String username;
    public final String displayName;
    public final String roleKey;
    public final String startPath;
    public final String headingKey;
    public final List<String> navPaths;
    public final List<String> navKeys;
    public final List<String> forbiddenPaths;

    DemoUser(
            String username,
            String displayName,
            String roleKey,
            String startPath,
            String headingKey,
            List<String> navPaths,
            List<String> navKeys,
            List<String> forbiddenPaths) {
        this.username = username;
        this.displayName = displayName;
        this.roleKey = roleKey;
        this.startPath = startPath;
        this.headingKey = headingKey;
        this.navPaths = navPaths;
        this.navKeys = navKeys;
        this.forbiddenPaths = forbiddenPaths;
    }
}
