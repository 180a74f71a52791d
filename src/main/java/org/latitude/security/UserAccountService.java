package org.latitude.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.latitude.audit.AuditLog;
import org.latitude.security.internal.AccountSecurity;
import org.latitude.security.internal.UserAccount;
import org.latitude.security.internal.UserAccountRepository;
import org.latitude.shared.ValidationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration (admins) and changing one's own password (everyone signed in). Each public method is one
 * transaction; every change is audited. Rules that protect the installation: an admin cannot disable themselves, and
 * the last enabled admin can be neither disabled nor demoted.
 */
@Service
public class UserAccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountSecurity security;
    private final PasswordPolicy passwords;

    UserAccountService(UserAccountRepository users, PasswordEncoder encoder, CurrentUser currentUser, AuditLog audit,
                       Clock clock, AccountSecurity security, PasswordPolicy passwords) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.security = security;
        this.passwords = passwords;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserAccount::toSummary).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(normalise(username)).map(UserAccount::toSummary);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public UserSummary createUser(NewUser request) {
        UserSummary created = createAccount(request, false);
        audit.record("user.create", created.username(), "roles=" + sorted(created.roles()));
        return created;
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public UserSummary setEnabled(long userId, boolean enabled) {
        UserAccount account = load(userId);
        if (!enabled && account.getId() == currentUser.require().userId()) {
            throw new ValidationException("You cannot disable your own account.");
        }
        if (!enabled && account.isEnabled() && account.getRoles().contains(Role.ADMIN)
                && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new ValidationException("This is the last enabled admin; enable or create another admin first.");
        }
        account.setEnabled(enabled);
        audit.record(enabled ? "user.enable" : "user.disable", account.getUsername(), null);
        return account.toSummary();
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public UserSummary setRoles(long userId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new ValidationException("A user needs at least one role.");
        }
        UserAccount account = load(userId);
        boolean losesAdmin = account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
        if (losesAdmin && account.isEnabled() && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new ValidationException("This is the last enabled admin; make another user admin first.");
        }
        List<String> before = sorted(account.getRoles());
        account.setRoles(roles);
        audit.record("user.roles", account.getUsername(), "roles: " + before + " \u2192 " + sorted(roles));
        return account.toSummary();
    }

    /** Sets a new password chosen by an admin; the user must change it at their next sign-in. */
    @RolesAllowed("ADMIN")
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        UserAccount account = load(userId);
        requireValidPassword(account, newPassword);
        account.changePassword(encoder.encode(newPassword), true);
        audit.record("user.reset-password", account.getUsername(), null);
    }

    /**
     * Changes the signed-in user's password after checking the current one (throttled like sign-in, so a session left
     * open cannot be used to guess it). Every other session of the user ends; this one goes on.
     */
    @PermitAll
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = load(currentUser.require().userId());
        security.checkCurrentPassword(account.getUsername(),
                () -> currentPassword != null && encoder.matches(currentPassword, account.getPasswordHash()));
        requireValidPassword(account, newPassword);
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw new ValidationException("The new password must differ from the current one.");
        }
        account.changePassword(encoder.encode(newPassword), false);
        audit.record("user.change-own-password", account.getUsername(), "other sessions ended");
        security.keepCurrentSession(account.getId(), account.getAccessVersion(), false);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public UserSummary me() {
        return load(currentUser.require().userId()).toSummary();
    }

    /**
     * Creates a user outside any request (first admin, demo users). Not exposed to the UI: callers are start-up
     * components. Returns empty when the username exists already.
     */
    @Transactional
    public Optional<UserSummary> createInitialUser(NewUser request, boolean mustChangePassword) {
        if (currentUser.get().isPresent() && !currentUser.isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException("admins only");
        }
        if (users.existsByUsername(normalise(request.username()))) {
            return Optional.empty();
        }
        UserSummary created = createAccount(request, mustChangePassword);
        audit.record("user.create", created.username(), "roles=" + sorted(created.roles()) + " (start-up)");
        return Optional.of(created);
    }

    @Transactional(readOnly = true)
    public boolean anyEnabledAdmin() {
        return users.countEnabledWithRole(Role.ADMIN) > 0;
    }

    private UserSummary createAccount(NewUser request, boolean mustChangePassword) {
        String username = normalise(request.username());
        List<String> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add("The username must be 2–64 characters: lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit.");
        } else if (users.existsByUsername(username)) {
            problems.add("The username '" + username + "' is taken.");
        }
        String displayName = request.displayName() == null || request.displayName().isBlank()
                ? username : request.displayName().trim();
        if (displayName.length() > 200) {
            problems.add("The display name must have at most 200 characters.");
        }
        if (request.roles().isEmpty()) {
            problems.add("A user needs at least one role.");
        }
        problems.addAll(passwords.problems(new PasswordPolicy.Context(username, displayName),
                request.initialPassword()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return users.save(new UserAccount(username, displayName, encoder.encode(request.initialPassword()),
                mustChangePassword, request.roles(), clock.instant())).toSummary();
    }

    private void requireValidPassword(UserAccount account, String password) {
        List<String> problems = passwords.problems(new PasswordPolicy.Context(account.getUsername(),
                account.getDisplayName()), password);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private UserAccount load(long userId) {
        return users.findById(userId).orElseThrow(() -> new ValidationException("No such user."));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
