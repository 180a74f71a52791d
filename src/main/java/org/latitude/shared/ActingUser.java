package org.latitude.shared;

/**
 * Who is acting on the current thread, as the audit log and stored records name them. One rule for every module:
 * the signed-in user's username; {@link #ANONYMOUS} for a request nobody is signed in to; {@link #SYSTEM} for start-up
 * and background work that no request started. The security module, which alone knows how users sign in, implements
 * it; audit, datasets and the rest ask this instead of reading the security context themselves.
 */
public interface ActingUser {

    String SYSTEM = "system";
    String ANONYMOUS = "anonymous";

    /** The acting user's name by the rule above; never null. */
    String name();
}
