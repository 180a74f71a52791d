package org.latitude.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.latitude.security.ApiScope;
import org.latitude.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The token store on a real database (H2 and PostgreSQL subclasses): a token is found by its hash with its user's
 * current roles, and the per-token rate window counts every request once, concurrent ones from other instances too.
 */
abstract class AccessTokenStoreContract {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    abstract DataSource dataSource();

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    long user(Role... roles) {
        JdbcTemplate jdbc = jdbc();
        String name = "tok-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into app_user (username, display_name, password_hash, enabled, must_change_password, "
                + "created_at, version, access_version) values (?, ?, 'x', true, false, ?, 0, 0)", name, name,
                Timestamp.from(NOW));
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, name);
        for (Role role : roles) {
            jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role.name());
        }
        return id;
    }

    long token(AccessTokenStore store, long user, String secret) {
        return store.insert(user, "t", AccessTokenSecrets.hash(secret), AccessTokenSecrets.shown(secret),
                Set.of(ApiScope.ADMIN, ApiScope.CAMPAIGNS_READ), NOW, NOW.plus(90, ChronoUnit.DAYS));
    }

    @Test
    void aTokenIsFoundByItsHashWithItsUsersCurrentRolesAndScopes() {
        AccessTokenStore store = new AccessTokenStore(jdbc());
        long user = user(Role.ADMIN, Role.ANNOTATOR);
        String secret = AccessTokenSecrets.generate();
        long id = token(store, user, secret);
        AccessTokenStore.Found found = store.findByHash(AccessTokenSecrets.hash(secret), NOW).orElseThrow();
        assertThat(found.token().id()).isEqualTo(id);
        assertThat(found.token().scopes()).containsExactlyInAnyOrder(ApiScope.ADMIN, ApiScope.CAMPAIGNS_READ);
        assertThat(found.user().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.ANNOTATOR);
        jdbc().update("delete from app_user_role where user_id = ? and role = 'ADMIN'", user);
        assertThat(store.findByHash(AccessTokenSecrets.hash(secret), NOW).orElseThrow().user().roles())
                .containsExactly(Role.ANNOTATOR);
        assertThat(store.findByHash(AccessTokenSecrets.hash(AccessTokenSecrets.generate()), NOW)).isEmpty();
        assertThat(store.revoke(id, NOW)).isTrue();
        assertThat(store.revoke(id, NOW.plusSeconds(5))).as("revoked once").isFalse();
        assertThat(store.find(id).orElseThrow().revokedAt()).isEqualTo(NOW);
    }

    @Test
    void theRateWindowCountsRequestsAndStartsAgainOnceItIsOver() {
        AccessTokenStore store = new AccessTokenStore(jdbc());
        long id = token(store, user(Role.ANNOTATOR), AccessTokenSecrets.generate());
        Duration window = Duration.ofMinutes(1);
        assertThat(store.countRequest(id, NOW, window).requests()).isEqualTo(1);
        assertThat(store.countRequest(id, NOW.plusSeconds(30), window).requests()).isEqualTo(2);
        AccessTokenStore.RateCount third = store.countRequest(id, NOW.plusSeconds(59), window);
        assertThat(third.requests()).isEqualTo(3);
        assertThat(third.windowStart()).isEqualTo(NOW);
        AccessTokenStore.RateCount next = store.countRequest(id, NOW.plusSeconds(60), window);
        assertThat(next.requests()).isEqualTo(1);
        assertThat(next.windowStart()).isEqualTo(NOW.plusSeconds(60));
        assertThat(store.find(id).orElseThrow().lastUsedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void concurrentRequestsFromSeveralInstancesAreEachCountedOnce() throws Exception {
        long id = token(new AccessTokenStore(jdbc()), user(Role.ANNOTATOR), AccessTokenSecrets.generate());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                // each task a store of its own over the shared database, as separate instances have
                done.add(pool.submit(() -> new AccessTokenStore(jdbc()).countRequest(id, NOW, Duration.ofMinutes(1))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(new AccessTokenStore(jdbc()).countRequest(id, NOW, Duration.ofMinutes(1)).requests())
                .isEqualTo(81);
    }
}
