package org.latitude.security;

/** A token just created: {@code token} is the secret, shown to its owner this once and stored only as a hash. */
public record NewAccessToken(String token, AccessTokenSummary summary) {

    @Override
    public String toString() {
        return "NewAccessToken[" + summary.prefix() + "…]";
    }
}
