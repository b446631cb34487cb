/**
 * Accounts their owners reach themselves (issue 22): the invitation mail of a new account with its
 * personal link, the page that link opens (choose a password), "Glemt adgangskode?", the own account
 * page, and who of a run has not activated their account, with "send again". The links themselves (their
 * hashes, expiry, single use) are {@code security}'s {@code PersonalLinks}; this feature writes the mails
 * and the pages.
 */
@ApplicationModule(
        allowedDependencies = {"kernel", "base", "content", "courserun", "mail", "municipalities", "security"})
@NullMarked
package dk.attestkursus.selfservice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
