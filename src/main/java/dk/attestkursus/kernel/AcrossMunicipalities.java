package dk.attestkursus.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository query that looks across every municipality on purpose: a native query, which
 * Hibernate's municipality filter does not reach (docs/decisions/020-municipal-ownership.md). Such a
 * query may only say whether something is taken on the platform (a user name, an e-mail) and never
 * return a row of a municipality; {@code OwnershipTest} fails for a native query without this mark and
 * for a marked one that returns more than names or a yes/no.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AcrossMunicipalities {

    /** Why the question is the same for every municipality. */
    String value();
}
