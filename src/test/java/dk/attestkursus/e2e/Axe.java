package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Runs axe-core on the current page against WCAG 2.1 A and AA and fails listing every violation. */
public final class Axe {

    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * A violation inside a Vaadin component that our code cannot fix, known upstream. Matches
     * single nodes, never a whole rule: the same rule still fails anywhere else on the page.
     */
    record UpstreamIssue(String ruleId, String htmlStartsWith, String failureContains, String upstream) {

        boolean matches(Rule rule, CheckedNode node) {
            return rule.getId().equals(ruleId)
                    && node.getHtml() != null
                    && node.getHtml().startsWith(htmlStartsWith)
                    && node.getFailureSummary() != null
                    && node.getFailureSummary().contains(failureContains)
                    // nothing else wrong with the node than the known problem
                    && node.getFailureSummary().strip().lines().count() == 2;
        }
    }

    static final List<UpstreamIssue> UPSTREAM_ISSUES = List.of(
            // vaadin-select puts aria-required on its value button, whose role (button) does not
            // allow it: https://github.com/vaadin/web-components/issues/7337 (open; set by
            // FieldAriaController). Our selects are required, so the attribute is there.
            new UpstreamIssue(
                    "aria-allowed-attr",
                    "<vaadin-select-value-button",
                    "ARIA attribute is not allowed: aria-required=\"true\"",
                    "vaadin/web-components#7337"));

    private Axe() {}

    /** Fails when axe finds any WCAG 2.1 A/AA violation on the page the browser shows now. */
    public static void assertNoViolations(Browser browser) {
        browser.waitForVaadin();
        // Not in the middle of an overlay's fade (a notification or dialog opening): its colours are then
        // half-way and axe measures a contrast nobody sees once it has opened.
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
                return document.getAnimations().filter(a => a.playState === 'running'
                    && a.effect && a.effect.getComputedTiming().iterations !== Infinity).length === 0;""")));
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        assertThat(results.getErrorMessage()).as("axe-core could not run").isNull();
        List<Rule> violations = withoutUpstreamIssues(results.getViolations(), browser.path());
        assertThat(violations)
                .as(() -> "WCAG 2.1 A/AA violations on " + browser.path() + ":\n" + describe(violations))
                .isEmpty();
    }

    /** Fails when axe finds a WCAG 2.1 A/AA violation inside the element the CSS selector names. */
    public static void assertNoViolationsIn(Browser browser, String selector) {
        Results results =
                new AxeBuilder().withTags(WCAG_21_AA).include(selector).analyze(browser.driver());
        assertThat(results.getErrorMessage()).as("axe-core could not run").isNull();
        assertThat(results.getPasses())
                .as("axe checked something in " + selector)
                .isNotEmpty();
        List<Rule> violations = withoutUpstreamIssues(results.getViolations(), browser.path());
        assertThat(violations)
                .as(() -> "WCAG 2.1 A/AA violations in " + selector + " on " + browser.path() + ":\n"
                        + describe(violations))
                .isEmpty();
    }

    /** The violations minus the nodes of known upstream issues, which are logged, not hidden. */
    static List<Rule> withoutUpstreamIssues(List<Rule> violations, String path) {
        List<Rule> remaining = new ArrayList<>();
        for (Rule rule : violations) {
            List<CheckedNode> nodes = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                UPSTREAM_ISSUES.stream()
                        .filter(issue -> issue.matches(rule, node))
                        .findFirst()
                        .ifPresentOrElse(
                                issue -> System.out.println("axe: known upstream issue " + issue.upstream() + " on "
                                        + path + ": " + rule.getId() + " " + node.getTarget()),
                                () -> nodes.add(node));
            }
            if (!nodes.isEmpty()) {
                rule.setNodes(nodes);
                remaining.add(rule);
            }
        }
        return remaining;
    }

    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(Axe::node).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String node(CheckedNode node) {
        String summary = node.getFailureSummary() == null
                ? ""
                : " – " + node.getFailureSummary().replace('\n', ' ');
        return "    " + node.getTarget() + summary;
    }
}
