package dk.attestkursus.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * PDFs with Flying Saucer in Danish with embedded fonts: Liberation Sans (from OpenPDF's
 * {@code openpdf-fonts-extra}) is embedded in every file, so æ, ø and å print the same everywhere.
 * Pages are built as jsoup documents; text users typed is always added as text nodes. Every PDF has its
 * language, its title shown by the viewer and XMP metadata ({@link PdfMetadata}); addresses are links
 * ({@link #appendLink}). Flying Saucer 10.3.0 cannot write a structure tree (decision 027).
 */
public final class Pdf {

    /** The font family the fonts register under; use it in CSS. */
    public static final String FONT_FAMILY = "Liberation Sans";

    private static final String[] FONTS = {
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf"
    };
    private static volatile @Nullable List<String> fontFiles;

    /** Stands where an address goes in a translated sentence given to {@link #appendWithLink}. */
    public static final String ADDRESS = "\uE000";

    private Pdf() {}

    /** An empty Danish XHTML document with UTF-8, the title and the style sheet. */
    public static Document newDocument(String title, String css) {
        return newDocument(title, css, AppI18NProvider.DANISH);
    }

    /**
     * An empty XHTML document in the given language with UTF-8, the title and the style sheet. The title
     * becomes the PDF's title, shown in the viewer's title bar, so it must say what the document is.
     */
    public static Document newDocument(String title, String css, Locale language) {
        if (title.isBlank()) {
            throw new IllegalArgumentException("A PDF needs a title: the viewer shows it instead of the file name");
        }
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).charset("UTF-8");
        doc.expectFirst("html").attr("lang", languageTag(language));
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.head().appendElement("style").appendText(css);
        doc.title(title);
        return doc;
    }

    /** The document language for a locale: Danish as spoken in Denmark, or English. */
    static String languageTag(Locale locale) {
        return AppI18NProvider.supported(locale).equals(AppI18NProvider.ENGLISH) ? "en" : "da-DK";
    }

    /**
     * Appends the address as a link a reader can click: http and https addresses only, anything else
     * (a typed meeting place, say) as plain text.
     */
    public static Element appendLink(Element parent, String address) {
        return appendLink(parent, address, address);
    }

    /** Appends {@code text} linked to {@code address} (http or https), or as plain text for any other address. */
    public static Element appendLink(Element parent, String address, String text) {
        String lower = address.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            parent.appendElement("a").attr("href", address.strip()).text(text);
        } else {
            parent.appendText(text);
        }
        return parent;
    }

    /**
     * Appends a translated sentence with the address in it as a link: {@code sentence} holds
     * {@link #ADDRESS} where the address goes (pass it as the translation's parameter).
     */
    public static Element appendWithLink(Element parent, String sentence, String address) {
        int at = sentence.indexOf(ADDRESS);
        if (at < 0) {
            return parent.appendText(sentence);
        }
        parent.appendText(sentence.substring(0, at));
        appendLink(parent, address);
        parent.appendText(sentence.substring(at + ADDRESS.length()));
        return parent;
    }

    /** Page size (A4, portrait or landscape), margins and the house style. */
    public static String baseCss(boolean landscape) {
        return "@page { size: A4" + (landscape ? " landscape" : "") + "; margin: 18mm; }\n" + """
                body { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; color: #1d1d1f; }
                h1 { font-size: 18pt; color: #1b4f8a; }
                h2 { font-size: 13pt; color: #1b4f8a; margin-top: 14pt; }
                h3 { font-size: 11pt; margin: 8pt 0 2pt; }
                p { margin: 2pt 0 6pt; white-space: pre-wrap; }
                table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
                th, td { border: 1px solid #8a8a90; padding: 3pt 5pt; text-align: left; vertical-align: top; }
                th { background: #eef3fa; }
                .meta { color: #4a4a4f; font-size: 9pt; }
                .page-break { page-break-before: always; }
                a { color: #1b4f8a; text-decoration: underline; }
                """;
    }

    /**
     * Renders the document to PDF bytes, embedding the fonts, with its language, the title shown and XMP
     * metadata ({@link PdfMetadata}).
     */
    public static byte[] render(Document doc) {
        ITextRenderer renderer = new ITextRenderer();
        String language = doc.expectFirst("html").attr("lang");
        renderer.setListener(new PdfMetadata(language.isEmpty() ? languageTag(AppI18NProvider.DANISH) : language));
        Document page = doc.clone();
        keepReadingOrder(page.body());
        try {
            for (String file : fontFiles()) {
                renderer.getFontResolver().addFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            renderer.setDocument(new W3CDom().fromJsoup(page), "");
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flying Saucer 10.3.0 paints an element's own text before the text of the inline elements inside it,
     * so "Se <a>address</a> i dag" would come out of the content stream as "Se i dag address": screen
     * readers, copy and paste and search read that stream. Each non-blank text beside an element gets a
     * span of its own, and spans are painted in order (decision 027). Looks the same.
     */
    static void keepReadingOrder(Element root) {
        for (Element element : root.getAllElements()) {
            if (element.childrenSize() == 0) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                if (!text.isBlank()) {
                    Element span = new Element("span");
                    text.before(span);
                    span.appendChild(text);
                }
            }
        }
    }

    /** The font files, copied once from the font jar to a temporary folder (Flying Saucer wants paths). */
    private static List<String> fontFiles() throws IOException {
        List<String> files = fontFiles;
        if (files != null) {
            return files;
        }
        synchronized (Pdf.class) {
            if (fontFiles == null) {
                Path dir = Files.createTempDirectory("attestkursus-fonts");
                dir.toFile().deleteOnExit();
                List<String> copied = new ArrayList<>();
                for (String name : FONTS) {
                    try (InputStream in = Pdf.class.getResourceAsStream("/liberation/" + name)) {
                        if (in == null) {
                            throw new IOException("Font missing on the class path: liberation/" + name);
                        }
                        Path target = dir.resolve(name);
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        target.toFile().deleteOnExit();
                        copied.add(target.toString());
                    }
                }
                fontFiles = List.copyOf(copied);
            }
            return fontFiles;
        }
    }
}
