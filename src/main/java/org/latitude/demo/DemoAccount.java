package org.latitude.demo;

import java.util.List;
import java.util.Set;
import org.latitude.security.Role;

/** The documented demo logins (README and login banner). They exist only in demo mode. */
public record DemoAccount(String username, String displayName, String password, Set<Role> roles) {

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("admin", "Ada Admin", "demo-pass-admin", Set.of(Role.ADMIN, Role.ANNOTATOR)),
            new DemoAccount("alice", "Alice Annotator", "demo-pass-alice", Set.of(Role.ANNOTATOR)),
            new DemoAccount("bob", "Bob Annotator", "demo-pass-bob", Set.of(Role.ANNOTATOR)),
            new DemoAccount("carol", "Carol Annotator", "demo-pass-carol", Set.of(Role.ANNOTATOR)));
}
