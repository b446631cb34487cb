package dk.attestkursus.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.FormCase;
import dk.attestkursus.content.Writing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each guidance rule on its own: it speaks up when it should, and keeps quiet on a good request. */
class RequestGuidanceTest {

    static final Writing.Ref REF = new Writing.Ref("lektion", List.of("kilde"));
    static final Writing.GuidanceRules RULES = new Writing.GuidanceRules(
            6,
            List.of("bruges til", "afklare", "med henblik på"),
            new Writing.Ref("formaal", List.of("k")),
            "LÆ 125",
            3,
            new Writing.Ref("statusattest", List.of("k")),
            List.of(
                    new Writing.DecisionPhrase("arbejdsevne", "Spørg til funktion og helbred."),
                    new Writing.DecisionPhrase("kan borgeren arbejde", "Spørg til skånehensyn.")),
            new Writing.Ref("roller", List.of("k")),
            new Writing.Ref("sprog", List.of("k")),
            new Writing.Ref("vaelg", List.of("k")),
            new Writing.Ref("samtykke", List.of("k")));
    static final List<Writing.GlossaryTerm> GLOSSARY = List.of(
            new Writing.GlossaryTerm("aktivitetsparat", "ikke klar til job lige nu", List.of("k")),
            new Writing.GlossaryTerm("jf.", "ifølge", List.of("k")),
            new Writing.GlossaryTerm("§", "paragraf", List.of("k")));
    static final FormCase KIM =
            new FormCase("kim", "Kim", "", "?", List.of("LÆ 285"), List.of("LÆ 125"), "", List.of());

    private final RequestGuidance guidance = new RequestGuidance(RULES, GLOSSARY);

    static final RequestFields GOOD = new RequestFields(
            "LÆ 285",
            "Attesten skal bruges til at planlægge den første opfølgning og afklare skånehensyn hos arbejdsgiveren.",
            "Kim er lagerarbejder og sygemeldt med rygsmerter.",
            List.of(
                    "Hvilke skånehensyn skal der tages i de næste fire uger?",
                    "Hvornår forventer du, at han kan løfte igen?"),
            true,
            "Oplysninger fra egen læge om ryggen til brug i sygedagpengesagen.",
            "Ingen");

    private List<Advice.Kind> kinds(RequestFields request) {
        return guidance.advise(request, KIM).stream().map(Advice::kind).toList();
    }

    private static RequestFields with(RequestFields base, String form, String purpose, List<String> questions) {
        return new RequestFields(
                form, purpose, base.background(), questions, base.consentGiven(), base.consentFor(), base.enclosures());
    }

    @Test
    void a_good_request_gets_only_praise_for_plain_language() {
        List<Advice> advice = guidance.advise(GOOD, KIM);

        assertThat(advice).extracting(Advice::kind).containsExactly(Advice.Kind.PLAIN_LANGUAGE);
        assertThat(advice.getFirst().isPraise()).isTrue();
    }

    @Test
    void no_purpose_and_a_purpose_that_does_not_say_what_the_certificate_is_for() {
        assertThat(kinds(with(GOOD, "LÆ 285", "  ", GOOD.questions()))).contains(Advice.Kind.PURPOSE_MISSING);
        assertThat(kinds(with(GOOD, "LÆ 285", "Sygemeldt.", GOOD.questions()))).contains(Advice.Kind.PURPOSE_UNCLEAR);
        assertThat(kinds(with(GOOD, "LÆ 285", "Vi vil gerne have en attest om borgeren og hans ryg", GOOD.questions())))
                .as("long enough, but says nothing of the use")
                .contains(Advice.Kind.PURPOSE_UNCLEAR);
    }

    @Test
    void more_than_three_questions_on_a_status_certificate_suggests_another_form_not_a_ban() {
        List<String> four = List.of("Diagnose?", "Behandling?", "Prognose?", "Skånehensyn?");

        List<Advice> advice = guidance.advise(with(GOOD, "LÆ 125", GOOD.purpose(), four), KIM);

        assertThat(advice)
                .filteredOn(a -> a.kind() == Advice.Kind.MANY_STATUS_QUESTIONS)
                .singleElement()
                .satisfies(a -> assertThat(a.params()).containsExactly("4", "3", "LÆ 125"));
        assertThat(kinds(with(GOOD, "LÆ 125", GOOD.purpose(), four.subList(0, 3))))
                .doesNotContain(Advice.Kind.MANY_STATUS_QUESTIONS);
        assertThat(kinds(with(GOOD, "LÆ 285", GOOD.purpose(), four)))
                .as("only the status certificate")
                .doesNotContain(Advice.Kind.MANY_STATUS_QUESTIONS);
    }

    @Test
    void a_question_asking_the_gp_to_decide_gets_a_rewrite_towards_function_and_health() {
        List<Advice> advice = guidance.advise(
                with(GOOD, "LÆ 285", GOOD.purpose(), List.of("Hvilke skånehensyn?", "Hvad er borgerens ARBEJDSEVNE?")),
                KIM);

        assertThat(advice)
                .filteredOn(a -> a.kind() == Advice.Kind.DECISION_QUESTION)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.question()).isEqualTo(1);
                    assertThat(a.params()).containsExactly("2", "arbejdsevne", "Spørg til funktion og helbred.");
                    assertThat(a.lessonId()).isEqualTo("roller");
                });
    }

    @Test
    void terms_from_the_glossary_get_a_plain_alternative_once_each_and_no_praise() {
        RequestFields jargon = new RequestFields(
                "LÆ 285",
                GOOD.purpose() + " Borgeren er Aktivitetsparat, jf. § 11a.",
                "Aktivitetsparat siden maj.",
                GOOD.questions(),
                true,
                GOOD.consentFor(),
                "");

        List<Advice> advice = guidance.advise(jargon, KIM);

        assertThat(advice)
                .filteredOn(a -> a.kind() == Advice.Kind.JARGON)
                .extracting(a -> a.params().getFirst())
                .containsExactly("aktivitetsparat", "jf.", "§");
        assertThat(advice).extracting(Advice::kind).doesNotContain(Advice.Kind.PLAIN_LANGUAGE);
    }

    @Test
    void a_term_inside_another_word_is_not_jargon() {
        assertThat(RequestGuidance.termPattern("jf.").matcher("ujf.").find()).isFalse();
        assertThat(RequestGuidance.termPattern("aktivitetsparat")
                        .matcher("aktivitetsparathed")
                        .find())
                .isFalse();
        assertThat(RequestGuidance.termPattern("§").matcher("§11").find()).isTrue();
    }

    @Test
    void a_form_the_experts_would_not_choose_and_no_form_at_all() {
        List<Advice> advice = guidance.advise(with(GOOD, "LÆ 265", GOOD.purpose(), GOOD.questions()), KIM);

        assertThat(advice)
                .filteredOn(a -> a.kind() == Advice.Kind.FORM_MISMATCH)
                .singleElement()
                .satisfies(a -> assertThat(a.params()).containsExactly("LÆ 265", "LÆ 285"));
        assertThat(kinds(with(GOOD, "LÆ 125", GOOD.purpose(), GOOD.questions())))
                .as("defensible")
                .doesNotContain(Advice.Kind.FORM_MISMATCH);
        assertThat(kinds(with(GOOD, "", GOOD.purpose(), GOOD.questions()))).contains(Advice.Kind.FORM_MISSING);
    }

    @Test
    void no_questions_and_missing_or_unspecific_consent() {
        assertThat(kinds(with(GOOD, "LÆ 285", GOOD.purpose(), List.of("", "  "))))
                .contains(Advice.Kind.NO_QUESTIONS);
        RequestFields noConsent = new RequestFields("LÆ 285", GOOD.purpose(), "", GOOD.questions(), null, "", "");
        assertThat(kinds(noConsent)).contains(Advice.Kind.CONSENT_MISSING);
        RequestFields vague = new RequestFields("LÆ 285", GOOD.purpose(), "", GOOD.questions(), true, " ", "");
        assertThat(kinds(vague)).contains(Advice.Kind.CONSENT_UNSPECIFIC).doesNotContain(Advice.Kind.CONSENT_MISSING);
    }

    @Test
    void an_empty_request_gets_advice_but_no_praise() {
        assertThat(kinds(RequestFields.EMPTY))
                .contains(
                        Advice.Kind.PURPOSE_MISSING,
                        Advice.Kind.FORM_MISSING,
                        Advice.Kind.NO_QUESTIONS,
                        Advice.Kind.CONSENT_MISSING)
                .doesNotContain(Advice.Kind.PLAIN_LANGUAGE);
    }
}
