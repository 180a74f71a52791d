package org.latitude.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.latitude.security.ApiScope;
import org.latitude.security.NewUser;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * User administration (admins): list, create with an initial password, enable or disable, set roles. The rules of
 * the admin screen hold: the password policy, an admin cannot disable themselves, the last enabled admin stays.
 */
@RestController
@Tag(name = "Users", description = "User administration")
@RequestMapping("/api/v1/users")
@RequiresScope(ApiScope.ADMIN)
class UsersController {

    record NewUserBody(String username, String displayName, Set<Role> roles, String initialPassword) {
    }

    record Enabled(boolean enabled) {
    }

    record Roles(Set<Role> roles) {
    }

    private final UserAccountService accounts;

    UsersController(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "List users")
    List<UserSummary> list() {
        return accounts.listUsers();
    }

    @PostMapping
    @Operation(summary = "Create a user")
    ResponseEntity<UserSummary> create(@RequestBody NewUserBody body) {
        UserSummary created = accounts.createUser(new NewUser(body.username(), body.displayName(),
                body.roles() == null ? Set.of() : body.roles(), body.initialPassword()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PutMapping("/{id}/enabled")
    @Operation(summary = "Enable or disable a user")
    UserSummary enabled(@PathVariable long id, @RequestBody Enabled body) {
        return accounts.setEnabled(id, body.enabled());
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Set a user's roles")
    UserSummary roles(@PathVariable long id, @RequestBody Roles body) {
        return accounts.setRoles(id, body.roles() == null ? Set.of() : body.roles());
    }
}
