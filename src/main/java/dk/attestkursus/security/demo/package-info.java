/**
 * The demo people (profile {@code demo}): the login page's hints, and seeding a demo municipality's
 * people, which the municipalities module asks for its second demo municipality (decision 018, 020).
 */
@NamedInterface("demo")
@NullMarked
package dk.attestkursus.security.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
