/**
 * The layout every view sits in, the error views, and the small components and extension points
 * features share ({@link dk.attestkursus.base.ui.StartPageCard}, {@link dk.attestkursus.base.ui.AttentionItems},
 * {@link dk.attestkursus.base.ui.LayoutExtension}). Public, since {@code base} is open to every feature.
 */
@NullMarked
package dk.attestkursus.base.ui;

import org.jspecify.annotations.NullMarked;
