package dk.attestkursus.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.DublinCoreSchema;
import org.openpdf.text.xml.xmp.PdfSchema;
import org.openpdf.text.xml.xmp.XmpArray;
import org.openpdf.text.xml.xmp.XmpBasicSchema;
import org.openpdf.text.xml.xmp.XmpWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * What a reader and a screen reader need to know about a whole PDF, written for every PDF the platform
 * makes (decision 027): the document's language ({@code /Lang} in the catalog, from {@code <html lang>}),
 * its title shown in the viewer's title bar instead of the file name ({@code DisplayDocTitle}; Flying
 * Saucer puts the {@code <title>} in the document information), and XMP metadata with the same title,
 * the language, the producer and the dates. Flying Saucer 10.3.0 writes none of these itself.
 */
final class PdfMetadata extends DefaultPDFCreationListener {

    private final String language;

    /** @param language a BCP 47 tag such as {@code da-DK} */
    PdfMetadata(String language) {
        this.language = language;
    }

    /** Before the document opens: the catalog's language and the viewer preference. */
    @Override
    public void preOpen(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
    }

    /** Just before the document closes, when the information dictionary has its title: the XMP packet. */
    @Override
    public void onClose(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        writer.setXmpMetadata(xmp(writer.getInfo(), language));
    }

    /** The XMP packet: Dublin Core title, language and format, the PDF producer, the creating tool and dates. */
    static byte[] xmp(PdfDictionary info, String language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(bytes)) {
            DublinCoreSchema dc = new DublinCoreSchema();
            String title = text(info, PdfName.TITLE);
            if (title != null) {
                dc.addTitle(title);
            }
            XmpArray languages = new XmpArray(XmpArray.UNORDERED);
            languages.add(language);
            dc.setProperty(DublinCoreSchema.LANGUAGE, languages);
            xmp.addRdfDescription(dc);

            PdfSchema pdf = new PdfSchema();
            String producer = text(info, PdfName.PRODUCER);
            if (producer != null) {
                pdf.addProducer(producer);
            }
            xmp.addRdfDescription(pdf);

            XmpBasicSchema basic = new XmpBasicSchema();
            String creator = text(info, PdfName.CREATOR);
            if (creator != null) {
                basic.addCreatorTool(creator);
            }
            if (info.get(PdfName.CREATIONDATE) instanceof PdfDate created) {
                basic.addCreateDate(created.getW3CDate());
            }
            if (info.get(PdfName.MODDATE) instanceof PdfDate modified) {
                basic.addModDate(modified.getW3CDate());
            }
            xmp.addRdfDescription(basic);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A text entry of the information dictionary, without control characters (XML 1.0 forbids them). */
    private static @Nullable String text(PdfDictionary info, PdfName key) {
        PdfObject value = info.get(key);
        if (!(value instanceof PdfString string)) {
            return null;
        }
        return string.toUnicodeString().replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
