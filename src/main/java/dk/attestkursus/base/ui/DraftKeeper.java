package dk.attestkursus.base.ui;

import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a form's unsaved text in the browser until the server has stored it, and owns the form's
 * save status line, so that it never says "saved" while typed text is not
 * ({@code docs/decisions/014-unsaved-text-in-the-browser.md}).
 *
 * <p>The browser copies the form's text fields to {@code localStorage} on every keystroke, unless the
 * text looks like a CPR number, and forgets the copy once the server reports that it stored the same
 * text. While the server cannot be reached, the status says so. When the form is opened again and
 * the browser still holds text the server does not have (the server was restarted, the session
 * ended), the view's {@code @ClientCallable} method named {@link #CALLBACK} receives it as JSON
 * ({@link #parse}) and offers it back.
 *
 * <p>The status element's text belongs to the browser once a keeper is attached: set it only through
 * {@link #status}, never with {@code setText}.
 */
public final class DraftKeeper {

    /** The {@code @ClientCallable} method the view must have: {@code void unsavedTextFound(String json)}. */
    public static final String CALLBACK = "unsavedTextFound";
    /** Longest JSON accepted back from the browser (the form's limits with room for its keys). */
    public static final int MAX_JSON = 64_000;

    /** How the status line reads; the browser shows {@code PENDING} or {@code OFFLINE} by itself. */
    public enum State {
        SAVED,
        FAILED,
        REFUSED;

        String js() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The browser's copy: when it was typed (epoch milliseconds) and the text of each field by id. */
    public record Kept(long typedAt, Map<String, String> fields) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCRIPT = script();

    private DraftKeeper() {}

    /**
     * Starts keeping the text fields inside {@code form} under {@code key} (unique per account and
     * form). {@code stored} is what the server holds now, by field id.
     */
    public static void attach(
            Component view, Component form, Component status, String key, Map<String, String> stored) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("pending", view.getTranslation("draft.pending"));
        texts.put("offline", view.getTranslation("draft.offline"));
        texts.put("offlineCpr", view.getTranslation("draft.offlineCpr"));
        view.getElement()
                .executeJs(
                        SCRIPT + "\nwindow.attestkursusDraftKeeper.attach(this, $0, $1, $2, JSON.parse($3), "
                                + "JSON.parse($4));",
                        form.getElement(),
                        status.getElement(),
                        key,
                        JSON.writeValueAsString(texts),
                        JSON.writeValueAsString(stored));
    }

    /**
     * Tells the status line what the server did: {@code stored} is the text the server now holds (after
     * a save), so the browser forgets its copy of exactly that text (null when nothing was stored);
     * {@code seen} is the text the server dealt with (refused, failed to store), so the line shows
     * "not saved yet" exactly while the screen holds text the server has not seen.
     */
    public static void status(
            Component status,
            State state,
            String text,
            @Nullable Map<String, String> stored,
            Map<String, String> seen) {
        status.getElement()
                .executeJs(
                        """
                const keeper = this.attestkursusKeeper;
                if (keeper) {
                  keeper.server($0, $1, $2 ? JSON.parse($2) : null, JSON.parse($3));
                } else {
                  this.textContent = $1;
                  this.setAttribute('data-shown', $0);
                }""",
                        state.js(),
                        text,
                        stored == null ? "" : JSON.writeValueAsString(stored),
                        JSON.writeValueAsString(seen));
    }

    /** Forgets the browser's copy (the user chose to throw it away). */
    public static void discard(Component status) {
        status.getElement().executeJs("if (this.attestkursusKeeper) { this.attestkursusKeeper.discard(); }");
    }

    /** The browser's copy as sent to the callback; empty if it is too long or not what the keeper sends. */
    public static Optional<Kept> parse(String json) {
        if (json.length() > MAX_JSON) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(json);
            JsonNode fields = node.path("fields");
            if (!fields.isObject() || !node.path("at").isNumber()) {
                return Optional.empty();
            }
            Map<String, String> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                if (field.getValue().isString()) {
                    texts.put(field.getKey(), field.getValue().asString());
                }
            }
            return Optional.of(new Kept(node.path("at").asLong(), texts));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static String script() {
        try (InputStream in = DraftKeeper.class.getResourceAsStream("draft-keeper.js")) {
            if (in == null) {
                throw new IllegalStateException("draft-keeper.js is missing beside DraftKeeper");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
