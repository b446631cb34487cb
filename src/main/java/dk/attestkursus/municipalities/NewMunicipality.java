package dk.attestkursus.municipalities;

import dk.attestkursus.security.NewAccount;
import org.jspecify.annotations.Nullable;

/** What the platform administrator fills in: the municipality's name and its first administrator. */
public record NewMunicipality(@Nullable String name, NewAccount firstAdministrator) {}
