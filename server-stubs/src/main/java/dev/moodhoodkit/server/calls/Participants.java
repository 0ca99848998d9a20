package dev.moodhoodkit.server.calls;

import dev.moodhoodkit.server.common.Rows;
import java.time.Instant;
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
            ParticipantRole role,
            String clientUniqueId,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    Participants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Participant participant) {
        jdbc.sql(Rows.insert("participants", Participant.class))
                .params(Rows.params(participant))
                .update();
    }

    Optional<Participant> find(String id) {
        return jdbc.sql("SELECT " + Rows.columns(Participant.class, "p") + " FROM participants p WHERE p.id = ?")
                .param(id)
                .query(Rows.of(Participant.class))
                .optional();
    }
}
