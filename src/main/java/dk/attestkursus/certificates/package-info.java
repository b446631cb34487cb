/**
 * Course certificates (kursusbeviser): a caseworker who attended the live session and completed every
 * module downloads a PDF with their name, the course, the date, the two instructors and a verification
 * code; anyone can check a code on the public verification page, which shows for whom and when and
 * nothing else. Instructors and administrators download a run's certificates as one PDF or a ZIP.
 * Reads attendance from course runs and completion from learning, by account id.
 */
@ApplicationModule(allowedDependencies = {"kernel", "base", "content", "courserun", "learning", "privacy", "security"})
@NullMarked
package dk.attestkursus.certificates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
