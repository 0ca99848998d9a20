package dev.moodhoodkit.server.access;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.auth.GuestLinkDirectory;
import dev.moodhoodkit.server.common.Rows;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Guest links made by generate-access. A one-time link is used by one conditional update. */
@Repository
public class GuestLinks implements GuestLinkDirectory {

    public record GuestLink(
            String id,
            String roomId,
            String spaceId,
            String username,
            String role,
            boolean permanent,
            String createdBy,
            OffsetDateTime expiresAt,
            OffsetDateTime usedAt) {}

    private final JdbcClient jdbc;

    GuestLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewLink(
            String id,
            String roomId,
            String spaceId,
            String username,
            String role,
            String externalUserId,
            String externalMeetingId,
            String email,
            String phone,
            boolean permanent,
            String createdBy,
            Instant createdAt,
            Instant expiresAt) {}

    public void insert(NewLink link) {
        jdbc.sql("""
                INSERT INTO guest_links (id, room_id, space_id, username, role, external_user_id, external_meeting_id,
                    email, phone, is_permanent, created_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        link.id(),
                        link.roomId(),
                        link.spaceId(),
                        link.username(),
                        link.role(),
                        link.externalUserId(),
                        link.externalMeetingId(),
                        link.email(),
                        link.phone(),
                        link.permanent(),
                        link.createdBy(),
                        link.createdAt().atOffset(ZoneOffset.UTC),
                        link.expiresAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The link when it exists and has not expired; a used one-time link is still returned. */
    public Optional<GuestLink> findUnexpired(String id, Instant now) {
        // The link's columns by its components' names, but for is_permanent, read as permanent.
        return jdbc.sql("SELECT "
                        + Rows.columns(GuestLink.class, "g").replace("g.permanent", "g.is_permanent AS permanent")
                        + " FROM guest_links g WHERE g.id = ? AND g.expires_at > ?")
                .params(id, Rows.stored(now))
                .query(Rows.of(GuestLink.class))
                .optional();
    }

    @Override
    public Optional<GuestPass> unexpired(String linkId, Instant now) {
        return findUnexpired(linkId, now)
                .map(link -> new GuestPass(
                        new Caller.Guest(link.id(), link.spaceId(), link.roomId(), link.username(), link.role()),
                        !link.permanent() && link.usedAt() != null));
    }

    /**
     * Uses the link once: always true for a permanent link; for a one-time link true only for
     * the first caller, however many race for it, on any number of server instances.
     */
    public boolean use(String id, Instant now) {
        return jdbc.sql("UPDATE guest_links SET used_at = ? WHERE id = ? AND (is_permanent = TRUE OR used_at IS NULL)")
                        .params(now.atOffset(ZoneOffset.UTC), id)
                        .update()
                == 1;
    }
}
