/**
 * The myth pages, and the live-poll components other features place on theirs ({@link
 * dk.attestkursus.myths.ui.LivePolls}, {@link dk.attestkursus.myths.ui.LivePollPanel}, {@link
 * dk.attestkursus.myths.ui.LivePollVoting}): the session's facilitator view, projector and
 * caseworkers' page run the polls with them. Views stay package-private.
 */
@NamedInterface("ui")
@NullMarked
package dk.attestkursus.myths.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
