/** The course-run screens: the runs, a run's page and editor, participants (add, CSV import, attendance), check-in, the attendance list PDF and the instructors' and leaders' start pages. */
@NullMarked
package dk.attestkursus.courserun.ui;

import org.jspecify.annotations.NullMarked;
