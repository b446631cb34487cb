/** The leaders' results dashboard: sections, charts, tables, CSV, the data extract upload and the PDF report. */
@NullMarked
package dk.attestkursus.results.ui;

import org.jspecify.annotations.NullMarked;
