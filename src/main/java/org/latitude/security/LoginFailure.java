package org.latitude.security;

import org.latitude.security.internal.LoginThrottledException;

/** Why the last sign-in failed, in words for the login page (never whether the username exists). */
public record LoginFailure(String title, String message) {

    public static LoginFailure describe(Object authenticationException) {
        if (authenticationException instanceof LoginThrottledException throttled) {
            return new LoginFailure("Too many failed sign-in attempts",
                    "Sign-in is slowed down for this account after repeated wrong passwords. Try again in "
                            + LoginThrottledException.inWords(throttled.getWait()) + ".");
        }
        return new LoginFailure("Incorrect username or password",
                "Check your username and password and try again. A disabled account cannot sign in either.");
    }
}
