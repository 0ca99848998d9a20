package dev.moodhoodkit.server.spaces;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.SentFields;
import dev.moodhoodkit.server.users.UserAccounts;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spaces: who may do what is {@link AccessPolicy}'s answer; this class does it. */
@Service
class SpaceService {

    private final Spaces spaces;
    private final UserAccounts users;
    private final AccessPolicy access;
    private final Clock clock;

    SpaceService(Spaces spaces, UserAccounts users, AccessPolicy access, Clock clock) {
        this.spaces = spaces;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /** The caller owns the new space. */
    String create(Caller caller, SpaceDetails.Fields fields) {
        Caller.User user = caller.requireUser();
        String id = Ids.newId();
        spaces.insert(SpaceDetails.of(id, user.userId(), fields, clock.instant()));
        return id;
    }

    @Transactional(readOnly = true)
    Page<SpaceDetails.Seen> list(Caller caller, Paging paging) {
        Caller.User user = caller.requireUser();
        return new Page<>(spaces.ofUser(user.userId(), paging), spaces.countOfUser(user.userId()));
    }

    SpaceDetails.Seen get(Caller caller, String spaceId) {
        AccessPolicy.SpaceAccess seen = access.space(caller, spaceId);
        return new SpaceDetails.Seen(found(spaceId), seen.role());
    }

    /**
     * The spec's PUT rule: {@code name} and {@code isPublic} are required; a description or
     * logo left out keeps its value, one sent as {@code null} is cleared.
     */
    @Transactional
    SpaceDetails.Seen update(Caller caller, String spaceId, SpaceDetails.Fields fields, SentFields sent) {
        AccessPolicy.SpaceAccess seen = access.manageableSpace(caller, spaceId);
        sent.rejectNullsExcept("description", "logo");
        SpaceDetails current = found(spaceId);
        SpaceDetails.Fields merged = new SpaceDetails.Fields(
                fields.name(),
                sent.sent("description") ? fields.description() : current.description(),
                sent.sent("logo") ? fields.logo() : current.logo(),
                fields.isPublic());
        if (!spaces.update(spaceId, merged)) {
            throw ProblemException.notFound("space", spaceId);
        }
        return new SpaceDetails.Seen(found(spaceId), seen.role());
    }

    /** Deletes the space and all it holds; users whose default meeting room was in it lose that setting. */
    @Transactional
    void delete(Caller caller, String spaceId) {
        access.ownedSpace(caller, spaceId);
        users.forgetMeetingRoomsInSpace(spaceId);
        if (!spaces.delete(spaceId)) {
            throw ProblemException.notFound("space", spaceId);
        }
    }

    /** The space, which a concurrent delete may have removed since the access check. */
    private SpaceDetails found(String spaceId) {
        return spaces.find(spaceId).orElseThrow(() -> ProblemException.notFound("space", spaceId));
    }
}
