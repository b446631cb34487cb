/** The uploaded data extracts as stored ({@code data_extract_row}); internal to {@code results}. */
@NullMarked
package dk.attestkursus.results.domain;

import org.jspecify.annotations.NullMarked;
