package dev.moodhoodkit.server.authz;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.Rows;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "may this caller see or do this to this space or room?", from the
 * spaces' and rooms' visibility and the caller's roles (MoodHood's rules):
 * <ul>
 * <li>A public space is open to every user; a private one to its owner and members (space roles).
 *     A client token sees public spaces only.</li>
 * <li>A public room is open to everyone who may enter its space; a private room only to its
 *     owner and the users given a room role there: not even the space owner enters it.</li>
 * <li>A guest token opens its one room and nothing else.</li>
 * <li>Spaces are changed by their owner and moderators, deleted by their owner; rooms are
 *     changed by their owner and room moderators, deleted by their owner or the space's owner.</li>
 * </ul>
 * What a caller may not see answers 404, so ids cannot be probed; what it sees but may not
 * change answers 403.
 */
@Component
public class AccessPolicy {

    private static final String GUEST_ROOM_ONLY = "A guest token opens its room only.";

    /** A space as its caller sees it; {@code role} is null for a visitor of a public space. */
    public record SpaceAccess(String spaceId, String ownerId, boolean isPublic, SpaceRole role) {

        public boolean isOwner() {
            return role == SpaceRole.ROLE_SPACE_OWNER;
        }

        public boolean isOwnerOrModerator() {
            return role != null && role.managesSpace();
        }
    }

    /** A room as its caller sees it, with the caller's roles in the room and in its space. */
    public record RoomAccess(
            SpaceAccess space,
            String roomId,
            String ownerId,
            boolean isPublic,
            RoomType type,
            RoomRole role,
            Caller caller) {

        public boolean isOwnerOrModerator() {
            return role != null && role.moderatesRoom();
        }

        public boolean isGuest() {
            return caller.isGuest();
        }

        /**
         * Whether the caller may send camera, microphone and screen in the room (the room's
         * own settings aside): everyone in a {@code lesson}; in a {@code webinar} only its
         * owner and moderators (a guest link with role moderator counts), the rest watch.
         */
        public boolean mayBroadcast() {
            return type != RoomType.WEBINAR || isOwnerOrModerator();
        }
    }

    private final JdbcClient jdbc;

    AccessPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The space if the caller may see it; 404 otherwise, 403 for a guest token. */
    public SpaceAccess space(Caller caller, String spaceId) {
        caller.requireNotGuest(GUEST_ROOM_ONLY);
        SpaceAccess space = spaceWithRole(caller, spaceId);
        if (space.role() == null && !space.isPublic()) {
            throw ProblemException.notFound("space", spaceId);
        }
        return space;
    }

    private SpaceAccess spaceWithRole(Caller caller, String spaceId) {
        SpaceRow row = jdbc.sql("SELECT " + SPACE_COLUMNS + " FROM spaces s WHERE s.id = ?")
                .param(spaceId)
                .query(SPACE_ROW)
                .optional()
                .orElseThrow(() -> ProblemException.notFound("space", spaceId));
        SpaceRole role = caller.asUser()
                .map(user -> user.userId().equals(row.ownerId())
                        ? SpaceRole.ROLE_SPACE_OWNER
                        : memberRole(spaceId, user.userId()).orElse(null))
                .orElse(null);
        return new SpaceAccess(spaceId, row.ownerId(), row.isPublic(), role);
    }

    /** The space if the caller is its owner or a moderator; 403 for other users who see it. */
    public SpaceAccess manageableSpace(Caller caller, String spaceId) {
        SpaceAccess space = space(caller.requireUser(), spaceId);
        if (!space.isOwnerOrModerator()) {
            throw ProblemException.forbidden("Only the space's owner and moderators may do this.");
        }
        return space;
    }

    /** The space if the caller owns it; 403 for other users who see it. */
    public SpaceAccess ownedSpace(Caller caller, String spaceId) {
        SpaceAccess space = space(caller.requireUser(), spaceId);
        if (!space.isOwner()) {
            throw ProblemException.forbidden("Only the space's owner may do this.");
        }
        return space;
    }

    /**
     * The room for the calls the spec declares for user tokens only, which guest tokens (user
     * tokens limited to their room) may make too: a client token answers 403 before anything is
     * looked up; otherwise as {@link #room}.
     */
    public RoomAccess roomOfUserOrGuest(Caller caller, String spaceId, String roomId) {
        return room(caller.requireUserOrGuest(), spaceId, roomId);
    }

    /** The room if the caller may enter it; 404 otherwise (a guest outside its room: 403). */
    public RoomAccess room(Caller caller, String spaceId, String roomId) {
        Optional<Caller.Guest> asGuest = caller.asGuest();
        if (asGuest.isPresent()) {
            Caller.Guest guest = asGuest.get();
            if (!guest.roomId().equals(roomId) || !guest.spaceId().equals(spaceId)) {
                throw ProblemException.forbidden(GUEST_ROOM_ONLY);
            }
            RoomRow row = roomRow(spaceId, roomId);
            SpaceAccess space = new SpaceAccess(spaceId, null, false, null);
            RoomRole role = "moderator".equals(guest.role()) ? RoomRole.ROLE_ROOM_MODERATOR : RoomRole.ROLE_ROOM_USER;
            return new RoomAccess(space, roomId, row.ownerId(), row.isPublic(), row.type(), role, caller);
        }
        RoomAccess room = roomWithRole(caller, spaceId, roomId);
        if (!mayEnter(room)) {
            throw notVisible(room.space(), roomId);
        }
        return room;
    }

    private RoomAccess roomWithRole(Caller caller, String spaceId, String roomId) {
        SpaceAccess space = spaceWithRole(caller, spaceId);
        RoomRow row = findRoomRow(spaceId, roomId).orElseThrow(() -> notVisible(space, roomId));
        RoomRole role = caller.asUser()
                .map(user -> user.userId().equals(row.ownerId())
                        ? RoomRole.ROLE_ROOM_OWNER
                        : roomRole(roomId, user.userId()).orElse(null))
                .orElse(null);
        return new RoomAccess(space, roomId, row.ownerId(), row.isPublic(), row.type(), role, caller);
    }

    /** Whoever cannot see a space learns nothing from its rooms' ids, not even that the space exists. */
    private static ProblemException notVisible(SpaceAccess space, String roomId) {
        return publicRoomsVisible(space)
                ? ProblemException.notFound("room", roomId)
                : ProblemException.notFound("space", space.spaceId());
    }

    /**
     * A room role opens the room even to a user who is no member of a private space; without
     * one, the room must be public and its space visible.
     */
    private static boolean mayEnter(RoomAccess room) {
        return room.role() != null || (room.isPublic() && publicRoomsVisible(room.space()));
    }

    /** The public rooms of a space are open to whoever sees the space: members, or everyone if it is public. */
    private static boolean publicRoomsVisible(SpaceAccess space) {
        return space.role() != null || space.isPublic();
    }

    /** The room if the caller is a user who owns or moderates it; 403 for others who see it. */
    public RoomAccess moderatedRoom(Caller caller, String spaceId, String roomId) {
        // A client token on a user call is 403 whatever it could see, as on every user call.
        RoomAccess room = room(caller.requireUser(), spaceId, roomId);
        if (!room.isOwnerOrModerator()) {
            throw ProblemException.forbidden("Only the room's owner and moderators may do this.");
        }
        return room;
    }

    /**
     * The room if the caller may delete it: its owner, or the space's owner, who may remove a
     * private room even though they cannot enter it. Others who see the room get 403; those
     * who do not, 404.
     */
    public RoomAccess deletableRoom(Caller caller, String spaceId, String roomId) {
        RoomAccess room = roomWithRole(caller.requireUser(), spaceId, roomId);
        if (room.role() == RoomRole.ROLE_ROOM_OWNER || room.space().isOwner()) {
            return room;
        }
        if (!mayEnter(room)) {
            throw notVisible(room.space(), roomId);
        }
        throw ProblemException.forbidden("Only the room's owner and the space's owner may delete a room.");
    }

    /**
     * Which rooms of a space a caller may list: the public ones when it sees the space, and,
     * for a user, the rooms it owns or holds a room role in (even in a private space it is no
     * member of, as {@link #room} lets it enter them). {@code userId} is null for a client token.
     */
    public record RoomListing(SpaceAccess space, boolean publicRooms, String userId) {}

    /** The caller's view of a space's rooms; 404 when it may enter none of them, 403 for a guest. */
    public RoomListing roomListing(Caller caller, String spaceId) {
        caller.requireNotGuest(GUEST_ROOM_ONLY);
        SpaceAccess space = spaceWithRole(caller, spaceId);
        String userId = caller.asUser().map(Caller.User::userId).orElse(null);
        boolean publicRooms = publicRoomsVisible(space);
        if (!publicRooms && (userId == null || !holdsRoomIn(spaceId, userId))) {
            throw ProblemException.notFound("space", spaceId);
        }
        return new RoomListing(space, publicRooms, userId);
    }

    /**
     * Who may activate an invite: any user (a client or guest token answers 403). Deliberately
     * no visibility check on the space: the invitee of a private space cannot see it until the
     * invite admits them. Knowing the invite's id is the permission, as with a link.
     */
    public static Caller.User inviteActivator(Caller caller) {
        return caller.requireUser();
    }

    private record SpaceRow(String ownerId, boolean isPublic) {}

    private static final String SPACE_COLUMNS = Rows.columns(SpaceRow.class, "s");
    private static final RowMapper<SpaceRow> SPACE_ROW = Rows.of(SpaceRow.class);

    private record RoomRow(String ownerId, boolean isPublic, RoomType type) {}

    private static final String ROOM_COLUMNS = Rows.columns(RoomRow.class, "r");
    private static final RowMapper<RoomRow> ROOM_ROW = Rows.of(RoomRow.class);

    private RoomRow roomRow(String spaceId, String roomId) {
        return findRoomRow(spaceId, roomId).orElseThrow(() -> ProblemException.notFound("room", roomId));
    }

    private Optional<RoomRow> findRoomRow(String spaceId, String roomId) {
        return jdbc.sql("SELECT " + ROOM_COLUMNS + " FROM rooms r WHERE r.id = ? AND r.space_id = ?")
                .params(roomId, spaceId)
                .query(ROOM_ROW)
                .optional();
    }

    private Optional<SpaceRole> memberRole(String spaceId, String userId) {
        return jdbc.sql("SELECT role FROM space_members WHERE space_id = ? AND user_id = ?")
                .params(spaceId, userId)
                .query((rs, n) -> Rows.constant(SpaceRole.class, rs.getString("role")))
                .optional();
    }

    private boolean holdsRoomIn(String spaceId, String userId) {
        return Rows.any(jdbc, """
                SELECT COUNT(*) FROM rooms r WHERE r.space_id = ? AND (r.owner_id = ?
                    OR EXISTS (SELECT 1 FROM room_roles rr WHERE rr.room_id = r.id AND rr.user_id = ?))""", spaceId, userId, userId);
    }

    private Optional<RoomRole> roomRole(String roomId, String userId) {
        return jdbc.sql("SELECT role FROM room_roles WHERE room_id = ? AND user_id = ?")
                .params(roomId, userId)
                .query((rs, n) -> Rows.constant(RoomRole.class, rs.getString("role")))
                .optional();
    }
}
