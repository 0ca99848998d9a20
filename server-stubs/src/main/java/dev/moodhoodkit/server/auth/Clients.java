package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.common.Hashes;
import dev.moodhoodkit.server.common.Ids;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clients (integrating applications) and their hashed secrets. */
@Repository
public class Clients {

    /** A client as stored; never its secret. */
    public record Client(String id, String clientId, String secretHash, String ownerUserId, OffsetDateTime createdAt) {

        public boolean secretMatches(String secret) {
            return secret != null && Hashes.sameHash(secretHash, Hashes.sha256(secret));
        }
    }

    private static final String COLUMNS = "id, client_id, secret_hash, owner_user_id, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Clients(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Client> byClientId(String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clients WHERE client_id = ?")
                .param(clientId)
                .query(Clients::map)
                .optional();
    }

    public Optional<Client> byId(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clients WHERE id = ?")
                .param(id)
                .query(Clients::map)
                .optional();
    }

    public Optional<Client> byOwner(String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM clients WHERE owner_user_id = ?")
                .param(userId)
                .query(Clients::map)
                .optional();
    }

    public Client insert(String clientId, String secret, String ownerUserId) {
        String id = Ids.newId();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO clients (id, client_id, secret_hash, owner_user_id, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, clientId, Hashes.sha256(secret), ownerUserId, now)
                .update();
        return new Client(id, clientId, Hashes.sha256(secret), ownerUserId, now);
    }

    public void setSecret(String id, String secret) {
        jdbc.sql("UPDATE clients SET secret_hash = ? WHERE id = ?")
                .params(Hashes.sha256(secret), id)
                .update();
    }

    private static Client map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Client(
                rs.getString("id"),
                rs.getString("client_id"),
                rs.getString("secret_hash"),
                rs.getString("owner_user_id"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
