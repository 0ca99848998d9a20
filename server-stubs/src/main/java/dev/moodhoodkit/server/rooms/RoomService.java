package dev.moodhoodkit.server.rooms;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.SentFields;
import dev.moodhoodkit.server.users.UserAccounts;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rooms of a space: who may do what is {@link AccessPolicy}'s answer; this class does it. */
@Service
class RoomService {

    static final int ALIAS_LENGTH = 10;
    /** 62^10 aliases make a collision rare; a few fresh draws make a failure practically impossible. */
    private static final int ALIAS_ATTEMPTS = 5;

    private final Rooms rooms;
    private final UserAccounts users;
    private final AccessPolicy access;
    private final Clock clock;
    private final Supplier<String> aliases;

    @Autowired
    RoomService(Rooms rooms, UserAccounts users, AccessPolicy access, Clock clock) {
        this(rooms, users, access, clock, () -> Ids.randomAlphanumeric(ALIAS_LENGTH));
    }

    /** With the source of aliases given, so that a test can make one collide. */
    RoomService(Rooms rooms, UserAccounts users, AccessPolicy access, Clock clock, Supplier<String> aliases) {
        this.rooms = rooms;
        this.users = users;
        this.access = access;
        this.clock = clock;
        this.aliases = aliases;
    }

    /**
     * Creates a room owned by the caller, with a fresh unique alias. Deliberately outside a
     * transaction: the room is one INSERT, and on PostgreSQL an INSERT that fails on a taken
     * alias would poison an enclosing transaction for the retry.
     */
    RoomDetails create(Caller caller, String spaceId, RoomSettings.Changes changes) {
        Caller.User user = caller.requireUser();
        access.manageableSpace(user, spaceId);
        RoomSettings settings = RoomSettings.DEFAULTS.with(changes.settings());
        for (int attempt = 1; ; attempt++) {
            RoomDetails room = new RoomDetails(
                    Ids.newId(),
                    spaceId,
                    user.userId(),
                    aliases.get(),
                    Ids.newId(),
                    changes.name(),
                    settings,
                    clock.instant(),
                    null);
            try {
                rooms.insert(room);
                return room;
            } catch (DuplicateKeyException taken) {
                if (attempt == ALIAS_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    @Transactional(readOnly = true)
    Page<RoomDetails.Seen> list(Caller caller, String spaceId, Paging paging) {
        AccessPolicy.RoomListing listing = access.roomListing(caller, spaceId);
        return new Page<>(rooms.list(listing, paging), rooms.count(listing));
    }

    RoomDetails.Seen get(Caller caller, String spaceId, String roomId) {
        AccessPolicy.RoomAccess seen = access.room(caller, spaceId, roomId);
        RoomDetails room = rooms.find(spaceId, roomId).orElseThrow(() -> ProblemException.notFound("room", roomId));
        return new RoomDetails.Seen(room, seen.role());
    }

    /**
     * Applies the given fields under a row lock, by the spec's PUT rule: fields not given keep
     * their values; {@code redirectUrl} sent as {@code null} is cleared; no other field can be.
     */
    @Transactional
    RoomDetails.Seen update(
            Caller caller, String spaceId, String roomId, RoomSettings.Changes changes, SentFields sent) {
        AccessPolicy.RoomAccess seen = access.moderatedRoom(caller, spaceId, roomId);
        sent.rejectNullsExcept("redirectUrl");
        RoomDetails current =
                rooms.findForUpdate(spaceId, roomId).orElseThrow(() -> ProblemException.notFound("room", roomId));
        String name = changes.name() != null ? changes.name() : current.name();
        RoomSettings settings = current.settings().with(changes.settings());
        if (sent.cleared("redirectUrl")) {
            settings = settings.withoutRedirectUrl();
        }
        RoomDetails updated = current.renamed(name, settings);
        rooms.update(updated);
        return new RoomDetails.Seen(updated, seen.role());
    }

    /** Deletes the room and all it holds; users whose default meeting room it was lose that setting. */
    @Transactional
    void delete(Caller caller, String spaceId, String roomId) {
        access.deletableRoom(caller, spaceId, roomId);
        users.forgetMeetingRoom(roomId);
        if (!rooms.delete(spaceId, roomId)) {
            throw ProblemException.notFound("room", roomId);
        }
    }
}
