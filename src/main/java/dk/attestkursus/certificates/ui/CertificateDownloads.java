package dk.attestkursus.certificates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Download links whose file is made when it is clicked. */
final class CertificateDownloads {

    private CertificateDownloads() {}

    static Anchor pdf(String id, String text, String fileName, Supplier<byte[]> file) {
        return link(id, text, fileName, "application/pdf", file);
    }

    static Anchor link(String id, String text, String fileName, String contentType, Supplier<byte[]> file) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = file.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
                }),
                text);
        anchor.setId(id);
        return anchor;
    }
}
