package dk.attestkursus.content;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The course, read once from {@code attestkursus.content-dir} at start-up. A content error
 * stops start-up with a {@link ContentException} naming the file and line. Read-only API.
 */
@Service
public class CourseContent {

    private final Course course;
    private final Path root;

    CourseContent(@Value("${attestkursus.content-dir:content}") Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.course = new ContentLoader().load(this.root);
    }

    /** The whole course, for any logged-in user. */
    @PreAuthorize("isAuthenticated()")
    public Course course() {
        return course;
    }

    /** Where the content was read from, for the administrator's content status. */
    @PreAuthorize("hasRole('ADMIN')")
    public Path root() {
        return root;
    }
}
