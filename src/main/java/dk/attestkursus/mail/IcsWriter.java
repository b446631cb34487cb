package dk.attestkursus.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link CalendarInvite} as an iCalendar file (RFC 5545) with ical4j: one event in UTC,
 * METHOD:PUBLISH (an invitation to put in one's calendar, which Outlook and Thunderbird accept
 * without an organiser), CRLF line endings and folding as the standard asks.
 */
@Component
public class IcsWriter {

    private final String organizer;

    @Autowired
    IcsWriter(MailSettings settings) {
        this(settings.from());
    }

    /** {@code from}: the sender, e.g. {@code Attestkursus <no-reply@attestkursus.dk>}, who organises the event. */
    IcsWriter(String from) {
        this.organizer = from;
    }

    public String write(CalendarInvite invite) {
        // The constructor stamps the event (DTSTAMP) once; iTIP's PUBLISH also needs an organiser.
        VEvent event = new VEvent(invite.start(), invite.end(), invite.summary());
        event.add(new Uid(invite.uid()));
        event.add(organizer());
        event.add(new Description(invite.description()));
        if (!invite.location().isBlank()) {
            event.add(new Location(invite.location()));
        }
        if (invite.url() != null) {
            event.add(new Url(URI.create(invite.url())));
        }
        event.add(new Status(Status.VALUE_CONFIRMED));
        event.add(new Sequence(0));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Attestkursus//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Organizer organizer() {
        String address = organizer;
        String name = null;
        try {
            InternetAddress parsed = new InternetAddress(organizer);
            address = parsed.getAddress();
            name = parsed.getPersonal();
        } catch (AddressException e) {
            // keep the text as it is
        }
        Organizer o = new Organizer(URI.create("mailto:" + address));
        if (name != null) {
            o.add(new Cn(name));
        }
        return o;
    }
}
