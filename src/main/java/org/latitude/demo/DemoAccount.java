package org.latitude.demo;

import java.util.List;
import java.util.Set;
import org.latitude.security.Role;

/** The documented demo logins (README and login banner). They exist only in demo mode. */
public record DemoAccount(String username, String displayName, String password, Set<Role> roles) {

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("admin", "Ada Admin", "latitude-admin", Set.of(Role.ADMIN, Role.ANNOTATOR)),
            new DemoAccount("alice", "Alice Annotator", "latitude-alice", Set.of(Role.ANNOTATOR)),
            new DemoAccount("bob", "Bob Annotator", "latitude-bob", Set.of(Role.ANNOTATOR)),
            new DemoAccount("carol", "Carol Annotator", "latitude-carol", Set.of(Role.ANNOTATOR)));
}
