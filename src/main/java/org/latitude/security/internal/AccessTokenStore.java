package org.latitude.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.latitude.security.AccessTokenSummary;
import org.latitude.security.ApiScope;
import org.latitude.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Personal access tokens in {@code api_token} (V14): only hashes, never a token. */
@Component
public class AccessTokenStore {

    private static final String COLUMNS = "id, user_id, name, token_prefix, scopes, created_at, expires_at, "
            + "last_used_at, revoked_at";

    /** A token found by its hash, with its user as stored now. */
    record Found(AccessTokenSummary token, String tokenHash, LatitudeUserDetails user) {
    }

    /** Requests counted in the token's current rate window, and when that window started. */
    record RateCount(int requests, Instant windowStart) {
    }

    private final JdbcTemplate jdbc;

    AccessTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String name, String hash, String prefix, Set<ApiScope> scopes, Instant createdAt,
                Instant expiresAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into api_token (user_id, name, token_hash, "
                    + "token_prefix, scopes, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setLong(1, userId);
            statement.setString(2, name);
            statement.setString(3, hash);
            statement.setString(4, prefix);
            statement.setString(5, format(scopes));
            statement.setTimestamp(6, Timestamp.from(createdAt));
            statement.setTimestamp(7, Timestamp.from(expiresAt));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    public Optional<AccessTokenSummary> find(long tokenId) {
        return jdbc.query("select " + COLUMNS + " from api_token where id = ?", (rs, n) -> summary(rs), tokenId)
                .stream().findFirst();
    }

    public List<AccessTokenSummary> ofUser(long userId) {
        return jdbc.query("select " + COLUMNS + " from api_token where user_id = ? order by created_at desc, id desc",
                (rs, n) -> summary(rs), userId);
    }

    public List<AccessTokenSummary> all() {
        return jdbc.query("select " + COLUMNS + " from api_token order by created_at desc, id desc",
                (rs, n) -> summary(rs));
    }

    public boolean revoke(long tokenId, Instant at) {
        return jdbc.update("update api_token set revoked_at = ? where id = ? and revoked_at is null",
                Timestamp.from(at), tokenId) == 1;
    }

    /** The token with this hash and its user (enabled state, roles and access version as stored now). */
    Optional<Found> findByHash(String hash, Instant now) {
        List<Found> found = jdbc.query("select t.id, t.user_id, t.name, t.token_prefix, t.scopes, t.created_at, "
                + "t.expires_at, t.last_used_at, t.revoked_at, t.token_hash, u.username, u.password_hash, u.enabled, "
                + "u.must_change_password, u.access_version from api_token t join app_user u on u.id = t.user_id "
                + "where t.token_hash = ?", (rs, n) -> new Found(summary(rs), rs.getString(10),
                new LatitudeUserDetails(rs.getLong(2), rs.getString(11), rs.getString(12), rs.getBoolean(13),
                        Set.of(), rs.getBoolean(14), rs.getLong(15), now)), hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Found token = found.getFirst();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.query("select role from app_user_role where user_id = ?", rs -> {
            roles.add(Role.valueOf(rs.getString(1)));
        }, token.user().id());
        LatitudeUserDetails u = token.user();
        return Optional.of(new Found(token.token(), token.tokenHash(), new LatitudeUserDetails(u.id(), u.username(),
                u.passwordHash(), u.enabled(), roles, u.mustChangePassword(), u.accessVersion(), now)));
    }

    /**
     * Counts one request in the token's fixed rate window (a new window starts when the last one is {@code window}
     * old) and records the use. One statement, so instances sharing the database count together.
     */
    RateCount countRequest(long tokenId, Instant now, Duration window) {
        Timestamp at = Timestamp.from(now);
        Timestamp windowOver = Timestamp.from(now.minus(window));
        jdbc.update("update api_token set last_used_at = ?, "
                + "rate_window_count = case when rate_window_start is null or rate_window_start <= ? then 1 "
                + "else rate_window_count + 1 end, "
                + "rate_window_start = case when rate_window_start is null or rate_window_start <= ? then ? "
                + "else rate_window_start end where id = ?", at, windowOver, windowOver, at, tokenId);
        return jdbc.queryForObject("select rate_window_count, rate_window_start from api_token where id = ?",
                (rs, n) -> new RateCount(rs.getInt(1), rs.getTimestamp(2).toInstant()), tokenId);
    }

    private static AccessTokenSummary summary(ResultSet rs) throws SQLException {
        return new AccessTokenSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                parse(rs.getString(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String format(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::value).sorted().collect(Collectors.joining(" "));
    }

    /** Unknown names (a scope removed in a later version) are dropped: a token never gains by a rename. */
    private static Set<ApiScope> parse(String scopes) {
        Set<ApiScope> parsed = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(" ")).map(ApiScope::fromValue).flatMap(Optional::stream).forEach(parsed::add);
        return parsed;
    }
}
