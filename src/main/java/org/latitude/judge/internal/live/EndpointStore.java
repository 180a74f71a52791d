package org.latitude.judge.internal.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.latitude.judge.EndpointSettings;
import org.latitude.judge.EndpointSummary;
import org.latitude.shared.ValidationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code judge_endpoint} table; the key is read back only to call the endpoint. */
@Component
public class EndpointStore {

    /** What a job needs to call an endpoint. */
    public record Target(long id, String name, String baseUrl, String model, String provider, String apiKey) {
        @Override
        public String toString() {
            return "Target[" + name + " " + baseUrl + " " + model + "]";
        }
    }

    private final JdbcTemplate jdbc;
    private final SecretBox secrets;

    EndpointStore(JdbcTemplate jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    public long save(EndpointSettings s, Instant at, String by) {
        Long existing = jdbc.query("select id from judge_endpoint where name = ?", rs -> rs.next() ? rs.getLong(1)
                : null, s.name().strip());
        String env = blankToNull(s.apiKeyEnv());
        String cipher = blankToNull(s.apiKey()) == null ? null : secrets.encrypt(s.apiKey().strip());
        if (existing != null) {
            jdbc.update("update judge_endpoint set base_url = ?, model = ?, provider = ?, api_key_env = ?, "
                    + "api_key_cipher = case when ? then api_key_cipher else ? end where id = ?", s.baseUrl().strip(),
                    s.model().strip(), s.provider().strip(), env, cipher == null && env == null, cipher, existing);
            if (env != null) {
                jdbc.update("update judge_endpoint set api_key_cipher = null where id = ?", existing);
            }
            return existing;
        }
        Long id = jdbc.queryForObject("select nextval('judge_endpoint_id_seq')", Long.class);
        jdbc.update("insert into judge_endpoint (id, name, base_url, model, provider, api_key_env, api_key_cipher, "
                + "created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, s.name().strip(),
                s.baseUrl().strip(), s.model().strip(), s.provider().strip(), env, cipher, Timestamp.from(at), by);
        return id;
    }

    public List<EndpointSummary> all() {
        return jdbc.query("select id, name, base_url, model, provider, api_key_env, api_key_cipher from judge_endpoint "
                + "order by name", (rs, n) -> new EndpointSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6) != null ? "environment variable " + rs.getString(6)
                : rs.getString(7) != null ? "stored, encrypted" : "none"));
    }

    public Optional<EndpointSummary> summary(long id) {
        return all().stream().filter(e -> e.id() == id).findFirst();
    }

    /** The endpoint with its key resolved (from the environment, or decrypted). */
    public Target target(long id) {
        return jdbc.query("select id, name, base_url, model, provider, api_key_env, api_key_cipher from judge_endpoint "
                + "where id = ?", rs -> {
                    if (!rs.next()) {
                        throw new ValidationException("No endpoint " + id + ".");
                    }
                    String env = rs.getString(6);
                    String cipher = rs.getString(7);
                    String key = env != null ? System.getenv(env) : cipher != null ? secrets.decrypt(cipher) : null;
                    if (env != null && (key == null || key.isBlank())) {
                        throw new ValidationException("The environment variable " + env + " holding the API key of "
                                + rs.getString(2) + " is not set.");
                    }
                    return new Target(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), key);
                }, id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
