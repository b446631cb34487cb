package dk.attestkursus.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.content.Block;
import dk.attestkursus.content.ContentLoader;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.Slide;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.testsupport.AccessiblePdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The real deck as the slide PDF: one 16:9 page per slide (a slide too full for its page would spill
 * onto another and change the count), each with its source and its place in the deck. Writes
 * {@code target/screenshots/slides.pdf} to look at ({@code pdftoppm -png}).
 */
class SlidesPdfTest {

    private static final float MM = 72 / 25.4f;

    @Test
    void every_slide_is_one_16_to_9_page_with_its_source_and_place() throws Exception {
        Course course = new ContentLoader().load(Path.of("content"));
        List<SessionBlock> blocks = new ArrayList<>();
        int position = 0;
        for (Block b : course.program().blocks()) {
            blocks.add(new SessionBlock(
                    new BlockId(position),
                    position++,
                    b.key(),
                    b.title(),
                    b.minutes(),
                    b.lead(),
                    b.isBreak(),
                    b.description(),
                    b.instructorNote(),
                    b.materials(),
                    b.polls(),
                    b.exercises(),
                    b.prompts(),
                    b.slides(),
                    b.video()));
        }
        SessionSnapshot session =
                new SessionSnapshot(new CourseRunId(1), 1, Instant.now(), 150, blocks, null, null, 0, null, null, null);
        List<Slide> slides = blocks.stream().flatMap(b -> b.slides().stream()).toList();

        byte[] pdf = SessionPdfs.slides(session, "Testhold", new AppI18NProvider(), AppI18NProvider.DANISH);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "slides.pdf"), pdf);

        AccessiblePdf.assertAccessible(pdf, "Slides – Testhold", "da-DK");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages())
                .as("one page per slide, none spilling over")
                .isEqualTo(slides.size());
        PdfTextExtractor text = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            assertThat(reader.getPageSize(page).getWidth()).isCloseTo(297 * MM, within(1f));
            assertThat(reader.getPageSize(page).getHeight()).isCloseTo(167 * MM, within(1f));
            Slide slide = slides.get(page - 1);
            String onPage = text.getTextFromPage(page);
            assertThat(onPage).contains(page + " / " + slides.size());
            if (SlideMarkup.body(slide).select(".slide-figure").size() > 0) {
                assertThat(onPage).as("page %d", page).contains("Kilde: Kursusvejledningen fra VID");
            }
        }
    }
}
