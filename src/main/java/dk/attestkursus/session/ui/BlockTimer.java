package dk.attestkursus.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dk.attestkursus.session.SessionBlock;
import dk.attestkursus.session.SessionSnapshot;
import java.time.Clock;
import java.time.Duration;

/** Elapsed time in the block against its minutes; counts on in the browser, red when overrun. */
final class BlockTimer {

    private BlockTimer() {}

    static Span of(Component host, SessionSnapshot s, SessionBlock block, Clock clock) {
        Span timer = new Span();
        timer.setId("block-timer");
        timer.addClassName("block-timer");
        timer.getElement().setAttribute("role", "timer");
        if (s.blockStartedAt() == null) {
            return timer;
        }
        Duration elapsed = Duration.between(s.blockStartedAt(), clock.instant());
        Duration planned = Duration.ofMinutes(block.minutes());
        Duration over = elapsed.minus(planned);
        String running = host.getTranslation("session.timer", "{0}", "{1}");
        String overrun = host.getTranslation("session.timerOver", "{0}", "{1}");
        timer.setText(
                over.isNegative() || over.isZero()
                        ? running.replace("{0}", mmss(elapsed)).replace("{1}", mmss(planned))
                        : overrun.replace("{0}", mmss(elapsed)).replace("{1}", mmss(over)));
        if (!over.isNegative() && !over.isZero()) {
            timer.addClassName("overrun");
        }
        timer.getElement()
                .executeJs("""
                const el = this;
                if (el._akTimer) { clearInterval(el._akTimer); }
                const start = $0, planned = $1 * 60000, skew = Date.now() - $2;
                const fmt = ms => { const s = Math.floor(Math.max(0, ms) / 1000);
                    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); };
                const tick = () => {
                    if (!el.isConnected) { clearInterval(el._akTimer); return; }
                    const elapsed = Date.now() - skew - start, over = elapsed - planned;
                    el.textContent = over > 0 ? $4.replace('{0}', fmt(elapsed)).replace('{1}', fmt(over))
                        : $3.replace('{0}', fmt(elapsed)).replace('{1}', fmt(planned));
                    el.classList.toggle('overrun', over > 0);
                };
                el._akTimer = setInterval(tick, 1000);
                """, s.blockStartedAt().toEpochMilli(), block.minutes(), clock.millis(), running, overrun);
        return timer;
    }

    static String mmss(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
