/** The live session's screens: the facilitator view, the projector, the programme editor, the participants' follow-along page and the session PDFs. */
@NullMarked
package dk.attestkursus.session.ui;

import org.jspecify.annotations.NullMarked;
