/**
 * Accounts, roles, login, lockout and the current user. The root package is the API
 * ({@link dk.attestkursus.security.AccountService}, {@link dk.attestkursus.security.CurrentUser},
 * {@link dk.attestkursus.security.AppRoles}); {@code domain} and {@code ui} are internal.
 */
@ApplicationModule(allowedDependencies = {"kernel"})
@NullMarked
package dk.attestkursus.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
