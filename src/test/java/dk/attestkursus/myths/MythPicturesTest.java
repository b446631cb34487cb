package dk.attestkursus.myths;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.MythPicture;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Every kind of picture is well-formed SVG of the agreed size that carries its texts, escaped. */
class MythPicturesTest {

    private final MythPictures pictures = new MythPictures();
    private final MythPictures.Labels labels = new MythPictures.Labels("Før", "Efter");

    static Stream<MythPicture> pictures() {
        return Stream.of(
                new MythPicture.Proportion(5, "Rolleoverskridelser: under 5%", "Resten <af> tilfældene", "alt"),
                new MythPicture.BigNumber(
                        "3?", "Flere end 3 spørgsmål? Overvej en anden attest – det er ikke et forbud", "alt"),
                new MythPicture.BeforeAfter(
                        "Anmodninger mangler ofte formålet & baggrund",
                        "Signifikant forbedring efter interventionen",
                        "alt"));
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void each_kind_draws_well_formed_svg_with_its_texts(MythPicture picture) throws Exception {
        String svg = pictures.svg(picture, labels);

        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 640.0 360.0");
        String text = doc.getDocumentElement().getTextContent();
        switch (picture) {
            case MythPicture.Proportion p -> assertThat(text).contains(p.part()).contains(p.rest());
            case MythPicture.BigNumber n -> assertThat(text).contains(n.value()).contains("Overvej en anden");
            case MythPicture.BeforeAfter b -> assertThat(text).contains("Før", "Efter", "Signifikant", "&");
        }
        assertThat(svg).doesNotContain("<af>");
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void the_data_address_holds_the_same_svg(MythPicture picture) {
        String uri = pictures.dataUri(picture, labels);

        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        String decoded =
                new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo(pictures.svg(picture, labels));
    }
}
