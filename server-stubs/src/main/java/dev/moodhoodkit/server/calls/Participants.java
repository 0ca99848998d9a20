package dev.moodhoodkit.server.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered participants, each with the token that registered it (caller_kind, caller_id). */
@Repository
class Participants {

    record Participant(
            String id,
            String spaceId,
            String roomId,
            Registrant registrant,
            String name,
            String role,
            String clientUniqueId,
            OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;

    Participants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String id,
            String spaceId,
            String roomId,
            Registrant registrant,
            String name,
            String role,
            String clientUniqueId,
            Instant now) {
        jdbc.sql("""
                INSERT INTO participants (id, space_id, room_id, caller_kind, caller_id, user_id, name, role,
                    client_unique_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        spaceId,
                        roomId,
                        registrant.kind(),
                        registrant.id(),
                        registrant.userId(),
                        name,
                        role,
                        clientUniqueId,
                        now.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<Participant> find(String id) {
        return jdbc.sql("""
                SELECT id, space_id, room_id, caller_kind, caller_id, user_id, name, role, client_unique_id, created_at
                FROM participants WHERE id = ?""").param(id).query(Participants::map).optional();
    }

    private static Participant map(ResultSet rs, int row) throws SQLException {
        return new Participant(
                rs.getString("id"),
                rs.getString("space_id"),
                rs.getString("room_id"),
                new Registrant(rs.getString("caller_kind"), rs.getString("caller_id"), rs.getString("user_id")),
                rs.getString("name"),
                rs.getString("role"),
                rs.getString("client_unique_id"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
