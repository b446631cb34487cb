package dk.attestkursus.testsupport;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The parts of a received mail, for tests that read what an SMTP server (GreenMail) got. */
public final class MimeParts {

    private MimeParts() {}

    /** The text of the first part of this type (e.g. {@code text/calendar}), at any depth. */
    public static String text(MimeMessage message, String type) throws Exception {
        List<BodyPart> parts = new ArrayList<>();
        collect((Multipart) message.getContent(), parts);
        for (BodyPart p : parts) {
            if (p.getContentType().toLowerCase().startsWith(type)) {
                Object content = p.getContent();
                return content instanceof String s
                        ? s
                        : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + type + " part in \"" + message.getSubject() + "\"");
    }

    private static void collect(Multipart multipart, List<BodyPart> parts) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, parts);
            } else {
                parts.add(part);
            }
        }
    }
}
