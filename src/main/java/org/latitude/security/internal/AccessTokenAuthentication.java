package org.latitude.security.internal;

import org.latitude.security.TokenUse;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API request authenticated by a personal access token: the principal is the token's user as stored at this
 * request (current roles), so services' role checks and object-level rules treat it exactly like that user.
 */
public final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private final LatitudeUserDetails user;
    private final TokenUse token;

    AccessTokenAuthentication(LatitudeUserDetails user, TokenUse token) {
        super(user.getAuthorities());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    public TokenUse token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public LatitudeUserDetails getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
