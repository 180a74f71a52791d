package org.latitude.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.latitude.security.ApiScope;
import org.latitude.security.CurrentUser;
import org.latitude.security.TokenUse;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token acts as: for a script to check its token before it starts work (every role may hold the scope). */
@RestController
@Tag(name = "Me", description = "The token and its user")
@RequestMapping("/api/v1/me")
class MeController {

    /** The token's user, their current roles and the token's scopes. */
    record Me(long id, String username, String displayName, List<String> roles, List<String> scopes,
              Instant createdAt) {
    }

    private final UserAccountService accounts;
    private final CurrentUser currentUser;

    MeController(UserAccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping
    @RequiresScope(ApiScope.CAMPAIGNS_READ)
    @Operation(summary = "Who the token acts as, with its roles and scopes")
    Me me() {
        UserSummary me = accounts.me();
        TokenUse token = currentUser.token().orElseThrow();
        return new Me(me.id(), me.username(), me.displayName(), me.roles().stream().map(Enum::name).sorted().toList(),
                token.scopes().stream().map(ApiScope::value).sorted().toList(), me.createdAt());
    }
}
