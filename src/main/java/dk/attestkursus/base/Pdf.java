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
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * PDFs with Flying Saucer in Danish with embedded fonts: Liberation Sans (from OpenPDF's
 * {@code openpdf-fonts-extra}) is embedded in every file, so æ, ø and å print the same everywhere.
 * Pages are built as jsoup documents; text users typed is always added as text nodes.
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

    private Pdf() {}

    /** An empty XHTML document with UTF-8, the title and the style sheet. */
    public static Document newDocument(String title, String css) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).charset("UTF-8");
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.head().appendElement("style").appendText(css);
        doc.title(title);
        return doc;
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
                """;
    }

    /** Renders the document to PDF bytes, embedding the fonts. */
    public static byte[] render(Document doc) {
        ITextRenderer renderer = new ITextRenderer();
        try {
            for (String file : fontFiles()) {
                renderer.getFontResolver().addFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            renderer.setDocument(new W3CDom().fromJsoup(doc), "");
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
