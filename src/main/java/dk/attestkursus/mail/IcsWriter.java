package dk.attestkursus.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link CalendarInvite} as an iTIP message in iCalendar (RFC 5545/5546) with ical4j: one event in
 * UTC, {@code METHOD:REQUEST} for an invitation or an update and {@code METHOD:CANCEL} for a cancellation,
 * with the platform's sender as organiser and the recipient as the one attendee, who is asked for no reply
 * (docs/decisions/025). CRLF line endings and folding as the standard asks.
 */
@Component
public class IcsWriter {

    private static final Pattern METHOD = Pattern.compile("(?m)^METHOD:([A-Z-]+)\r?$");

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
        boolean cancel = invite.kind() == CalendarInvite.Kind.CANCEL;
        // The constructor stamps the event (DTSTAMP) once.
        VEvent event = new VEvent(invite.start(), invite.end(), invite.summary());
        event.add(new Uid(invite.uid()));
        event.add(new Sequence(invite.sequence()));
        event.add(organizer());
        event.add(attendee(invite.attendee()));
        event.add(new Description(invite.description()));
        if (!invite.location().isBlank()) {
            event.add(new Location(invite.location()));
        }
        if (invite.url() != null) {
            event.add(new Url(URI.create(invite.url())));
        }
        event.add(new Status(cancel ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Transp(Transp.VALUE_OPAQUE));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Attestkursus//DA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(cancel ? Method.VALUE_CANCEL : Method.VALUE_REQUEST));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The iTIP method of a written calendar ({@code REQUEST}, {@code CANCEL}; {@code PUBLISH} for one written
     * before decision 025), for the mail part's {@code method} parameter, which must match it (RFC 6047).
     */
    public static String method(String ics) {
        Matcher m = METHOD.matcher(ics);
        return m.find() ? m.group(1) : Method.VALUE_PUBLISH;
    }

    private static Attendee attendee(CalendarInvite.Attendee who) {
        Attendee a = new Attendee(mailto(who.email()));
        if (!who.name().isBlank()) {
            a.add(new Cn(who.name()));
        }
        a.add(CuType.INDIVIDUAL);
        a.add(Role.REQ_PARTICIPANT);
        a.add(PartStat.NEEDS_ACTION);
        // Replies would go to a sender no one reads: the invitation asks for none.
        a.add(Rsvp.FALSE);
        return a;
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
        Organizer o = new Organizer(mailto(address));
        if (name != null) {
            o.add(new Cn(name));
        }
        return o;
    }

    /** A mailto URI; an address with characters a URI cannot hold (a space, æøå) is percent-encoded. */
    private static URI mailto(String address) {
        String a = address.strip();
        try {
            return URI.create("mailto:" + a);
        } catch (IllegalArgumentException e) {
            return URI.create(
                    "mailto:" + URLEncoder.encode(a, StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }
}
