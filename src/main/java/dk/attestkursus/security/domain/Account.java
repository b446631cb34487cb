package dk.attestkursus.security.domain;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.kernel.VersionedEntity;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person who can log in. Internal to the security feature. */
@Entity
@Table(name = "account")
public class Account extends VersionedEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "instructor_kind")
    private @Nullable InstructorKind instructorKind;

    @Column(name = "sso_subject")
    private @Nullable String ssoSubject;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    private boolean active = true;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "preferred_language")
    private @Nullable String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_set_at")
    private @Nullable Instant passwordSetAt;

    @Column(name = "sessions_valid_from")
    private @Nullable Instant sessionsValidFrom;

    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    @SuppressWarnings("NullAway.Init")
    protected Account() {
        // for JPA
    }

    public Account(
            String username,
            String email,
            String displayName,
            String passwordHash,
            Role role,
            @Nullable InstructorKind instructorKind,
            @Nullable Long teamId,
            Instant createdAt) {
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.instructorKind = instructorKind;
        this.teamId = teamId;
        this.createdAt = createdAt;
    }

    /** Places a new account in a municipality other than the session's (the platform administrator's doing). */
    /**
     * Makes the account a tombstone (issue 25): no name, e-mail, user name, password, login or language any
     * more; the id and the team stay, so anonymous rows that refer to it keep other people's figures right.
     */
    public void eraseToTombstone(String neutralName, String unusablePasswordHash, Instant now) {
        String marker = java.util.UUID.randomUUID().toString();
        this.username = "slettet-" + marker;
        this.email = marker + "@slettet.invalid";
        this.displayName = neutralName;
        this.passwordHash = unusablePasswordHash;
        this.ssoSubject = null;
        this.active = false;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.preferredLanguage = null;
        this.passwordSetAt = null;
        this.sessionsValidFrom = now;
        this.erasedAt = now;
    }

    public @Nullable Instant getErasedAt() {
        return erasedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getPasswordSetAt() {
        return passwordSetAt;
    }

    public void belongTo(MunicipalityId municipality) {
        placeIn(municipality);
    }

    public AccountSummary toSummary() {
        return new AccountSummary(
                new AccountId(requireId()),
                username,
                displayName,
                email,
                role,
                instructorKind,
                teamId == null ? null : new TeamId(teamId),
                active,
                lockedUntil);
    }

    /**
     * Counts a failed login since the last successful one. It never locks the account: a lock anyone can
     * trigger by typing a colleague's name is a way to keep the colleague out (issue 24, decision 029); wrong
     * passwords are limited per client address instead ({@code security.LoginThrottle}). A lock set by an
     * earlier version ({@link #isLockedAt}) runs out on its own or is lifted by an administrator.
     */
    public void recordFailedLogin() {
        failedAttempts++;
    }

    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** A first login with a password handed over activates the account as well. */
    public void recordLoginAt(Instant now) {
        recordSuccessfulLogin();
        if (passwordSetAt == null) {
            passwordSetAt = now;
        }
    }

    /** The owner chose this password (by a mailed link or on their account page): the account is active. */
    public void chooseOwnPassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordSetAt = now;
        recordSuccessfulLogin();
    }

    /** Whether the owner has chosen a password or logged in. */
    public boolean isActivated() {
        return passwordSetAt != null;
    }

    /** Ends every session that began before {@code now}, at its next request. */
    public void endSessionsBefore(Instant now) {
        this.sessionsValidFrom = now;
    }

    public @Nullable Instant getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The person at the municipality's provider this account is bound to, if it was logged in that way. */
    public @Nullable String getSsoSubject() {
        return ssoSubject;
    }

    /** Binds the account to the provider's person ({@code "<issuer> <sub>"}) at its first single sign-on. */
    public void bindSsoSubject(String subject) {
        this.ssoSubject = subject;
    }

    /** Forgets the binding (the provider was removed or replaced). */
    public void unbindSsoSubject() {
        this.ssoSubject = null;
    }

    public void unlock() {
        recordSuccessfulLogin();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void setPreferredLanguage(@Nullable String language) {
        this.preferredLanguage = language;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public @Nullable InstructorKind getInstructorKind() {
        return instructorKind;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public @Nullable String getPreferredLanguage() {
        return preferredLanguage;
    }

    /** The team, or null for none. */
    public @Nullable Long getTeamId() {
        return teamId;
    }

    /** Moves the person to a team (null: no team); an administrator's decision. */
    public void moveToTeam(@Nullable Long newTeamId) {
        this.teamId = newTeamId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }
}
