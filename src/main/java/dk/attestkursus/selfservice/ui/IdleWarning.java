package dk.attestkursus.selfservice.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import dk.attestkursus.base.ui.LayoutExtension;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.IdleTimeout;
import java.util.Optional;

/**
 * Warns a logged-in user {@link IdleTimeout#WARNING_BEFORE} before an idle session ends (issue 24, decision
 * 029), on every page of the frame. The warning lives in the browser alone: showing it must not count as the
 * user's request, or the session would never end. The page counts down from its last request to the server;
 * "Fortsæt" sends one (and so keeps the session); at the end the page reloads and meets the login page.
 * A request being written is not lost: the editor keeps its text in the browser (decision 014).
 */
@org.springframework.stereotype.Component
class IdleWarning implements LayoutExtension {

    private final CurrentUser currentUser;
    private final IdleTimeout idle;

    IdleWarning(CurrentUser currentUser, IdleTimeout idle) {
        this.currentUser = currentUser;
        this.idle = idle;
    }

    @Override
    public Optional<Component> create() {
        return currentUser.get().map(user -> new Watcher(idle));
    }

    /** An empty element in the frame whose script keeps the count and shows the warning. */
    static final class Watcher extends Div {

        Watcher(IdleTimeout idle) {
            setId("idle-warning");
            getElement()
                    .executeJs(
                            SCRIPT,
                            idle.timeout().toMillis(),
                            IdleTimeout.WARNING_BEFORE.toMillis(),
                            getTranslation("idle.title"),
                            getTranslation("idle.text"),
                            getTranslation("idle.continue"),
                            getTranslation("idle.left"));
        }

        /** "Fortsæt": the request itself is what keeps the session. */
        @ClientCallable
        void stillHere() {
            // Nothing to do: the server saw a request of the user.
        }
    }

    /**
     * $0 timeout, $1 warning lead (ms), $2 title, $3 text, $4 button, $5 "{0} left" with {0} as m:ss. Every
     * request the page sends to the server (XMLHttpRequest or fetch with v-r=uidl) starts the count again.
     */
    private static final String SCRIPT = """
            const host = this, timeoutMs = $0, warnMs = $1;
            const state = window.attestkursusIdle || (window.attestkursusIdle = { deadline: Date.now() + timeoutMs });
            const restart = () => { state.deadline = Date.now() + timeoutMs; if (state.dialog && state.dialog.open) { state.dialog.close(); } };
            if (!state.hooked) {
              state.hooked = true;
              const isUserRequest = url => String(url).includes('v-r=uidl');
              const open = XMLHttpRequest.prototype.open;
              XMLHttpRequest.prototype.open = function (method, url) {
                if (isUserRequest(url)) { restart(); }
                return open.apply(this, arguments);
              };
              if (window.fetch) {
                const fetch = window.fetch;
                window.fetch = function (input) {
                  if (isUserRequest(input && input.url ? input.url : input)) { restart(); }
                  return fetch.apply(this, arguments);
                };
              }
              state.expireIn = ms => { state.deadline = Date.now() + ms; };
            }
            if (!state.dialog) {
              const dialog = document.createElement('dialog');
              dialog.id = 'idle-dialog';
              dialog.className = 'idle-dialog';
              dialog.setAttribute('role', 'alertdialog');
              dialog.setAttribute('aria-labelledby', 'idle-title');
              dialog.setAttribute('aria-describedby', 'idle-text');
              const title = document.createElement('h2');
              title.id = 'idle-title';
              const text = document.createElement('p');
              text.id = 'idle-text';
              const left = document.createElement('p');
              left.id = 'idle-left';
              left.setAttribute('aria-live', 'off');
              const button = document.createElement('button');
              button.id = 'idle-continue';
              button.type = 'button';
              dialog.append(title, text, left, button);
              dialog.addEventListener('cancel', e => { e.preventDefault(); button.click(); });
              document.body.appendChild(dialog);
              state.dialog = dialog;
              state.tick = setInterval(() => {
                const ms = state.deadline - Date.now();
                if (ms <= 0) { clearInterval(state.tick); location.reload(); return; }
                if (ms <= warnMs) {
                  const s = Math.ceil(ms / 1000);
                  left.textContent = state.texts.left.replace('{0}', Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'));
                  if (!dialog.open) { dialog.showModal(); button.focus(); }
                }
              }, 1000);
            }
            state.texts = { title: $2, text: $3, button: $4, left: $5 };
            state.dialog.querySelector('#idle-title').textContent = $2;
            state.dialog.querySelector('#idle-text').textContent = $3;
            const button = state.dialog.querySelector('#idle-continue');
            button.textContent = $4;
            button.onclick = () => { restart(); host.$server.stillHere(); };
            """;
}
