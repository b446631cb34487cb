/**
 * The privacy module's pages (issue 25), package-private views: "Mine data", a person's data for their
 * administrator, the administrators' retention and access log page, the privacy notice, the accessibility
 * statement and the record of processing.
 */
@NullMarked
package dk.attestkursus.privacy.ui;

import org.jspecify.annotations.NullMarked;
