package dk.attestkursus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One of our PDFs read back with PDFBox, a second library beside the OpenPDF that wrote it: what a
 * reader and a screen reader get besides the text (decision 027).
 */
public record AccessiblePdf(
        @Nullable String language,
        boolean displaysTitle,
        @Nullable String title,
        boolean claimsTagged,
        List<String> xmpTitles,
        List<String> xmpLanguages,
        List<String> linkAddresses) {

    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /** Reads the PDF: catalog language, viewer preference, information title, XMP and every link's address. */
    public static AccessiblePdf read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDViewerPreferences preferences = catalog.getViewerPreferences();
            PDMetadata metadata = catalog.getMetadata();
            Document xmp = metadata == null ? null : xml(metadata.toByteArray());
            List<String> links = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            COSBase markInfo = catalog.getCOSObject().getDictionaryObject(COSName.MARK_INFO);
            boolean marked = markInfo instanceof COSDictionary mark
                    && mark.getDictionaryObject(COSName.getPDFName("Marked")) == COSBoolean.TRUE;
            return new AccessiblePdf(
                    catalog.getLanguage(),
                    preferences != null && preferences.displayDocTitle(),
                    doc.getDocumentInformation().getTitle(),
                    marked || catalog.getStructureTreeRoot() != null,
                    xmp == null ? List.of() : items(xmp, "title"),
                    xmp == null ? List.of() : items(xmp, "language"),
                    List.copyOf(links));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts what every PDF of ours has: the language in the catalog and the XMP, the title in the
     * document information and the XMP, and the viewer told to show the title instead of the file name.
     */
    public static AccessiblePdf assertAccessible(byte[] pdf, String title, String language) {
        AccessiblePdf read = read(pdf);
        assertThat(read.language()).as("/Lang in the catalog").isEqualTo(language);
        assertThat(read.displaysTitle())
                .as("ViewerPreferences /DisplayDocTitle")
                .isTrue();
        assertThat(read.title()).as("/Title in the document information").isEqualTo(title);
        assertThat(read.xmpTitles()).as("dc:title in the XMP metadata").containsExactly(title);
        assertThat(read.xmpLanguages()).as("dc:language in the XMP metadata").containsExactly(language);
        assertThat(read.claimsTagged())
                .as("no claim to be tagged: Flying Saucer 10.3.0 writes no structure tree (decision 027)")
                .isFalse();
        return read;
    }

    private static Document xml(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("the XMP metadata is not well-formed XML", e);
        }
    }

    /** The {@code rdf:li} texts of a Dublin Core property. */
    private static List<String> items(Document xmp, String property) {
        List<String> texts = new ArrayList<>();
        NodeList properties = xmp.getElementsByTagNameNS(DC, property);
        for (int i = 0; i < properties.getLength(); i++) {
            NodeList items = ((Element) properties.item(i)).getElementsByTagNameNS(RDF, "li");
            for (int j = 0; j < items.getLength(); j++) {
                texts.add(items.item(j).getTextContent());
            }
        }
        return texts;
    }
}
