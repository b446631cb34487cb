/**
 * The privacy module's pages (issue 25), package-private views: "Mine data", a person's data for their
 * administrator, and the administrators' retention and access log page.
 */
@NullMarked
package dk.attestkursus.privacy.ui;

import org.jspecify.annotations.NullMarked;
