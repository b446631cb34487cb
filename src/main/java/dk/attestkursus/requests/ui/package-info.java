/** The request-writing screens: the exercise list, the editor with guidance, version history, the review queue and the rubric review. */
@NullMarked
package dk.attestkursus.requests.ui;

import org.jspecify.annotations.NullMarked;
