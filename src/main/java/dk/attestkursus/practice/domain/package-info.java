/** The practice's tables (prompts and opt-outs), through {@code base.MunicipalJdbc}. */
@NullMarked
package dk.attestkursus.practice.domain;

import org.jspecify.annotations.NullMarked;
