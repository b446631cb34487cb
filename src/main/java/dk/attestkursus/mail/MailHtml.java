package dk.attestkursus.mail;

import org.jsoup.nodes.Entities;

/**
 * A mail's HTML part as a whole document (issue 23): {@code <html lang="da">} so screen readers read it in
 * Danish, the subject as its title, UTF-8, and a few inline styles that mail clients keep (a readable
 * line length and size, links underlined). The stored body is the fragment; this wraps it when sending.
 */
final class MailHtml {

    private MailHtml() {}

    static String document(String subject, String fragment) {
        if (fragment.stripLeading().regionMatches(true, 0, "<!doctype", 0, 9)) {
            return fragment;
        }
        return """
                <!DOCTYPE html>
                <html lang="da">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                </head>
                <body style="margin:0;padding:16px;background:#ffffff;color:#1b1b1b;\
                font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
                <div style="max-width:40em">
                %s
                </div>
                </body>
                </html>
                """.formatted(Entities.escape(subject), fragment);
    }
}
