package dev.moodhoodkit.server.calls;

import dev.moodhoodkit.server.access.GuestLinks;
import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.auth.RoomTokens;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.ProblemType;
import dev.moodhoodkit.server.webhooks.EventName;
import dev.moodhoodkit.server.webhooks.WebHookEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants and the call lifecycle: the first participant to join a room starts its call,
 * the last one to leave finishes it ({@link IdleCalls} finishes one that nobody leaves). Both
 * happen under the room's row lock, so concurrent joiners and leavers on several instances see
 * one consistent call.
 */
@Service
class ParticipantService {

    /** The signaling server's token: minutes, not the access token's lifetime. */
    static final Duration SIGNALING_TTL = Duration.ofMinutes(5);

    /** A registration as asked: {@code role} null for the default. */
    record NewParticipant(String roomId, String name, ParticipantRole role, String clientUniqueId) {}

    record Presence(String participantId, String roomId, String callId, OffsetDateTime joinedAt) {}

    private final Participants participants;
    private final Calls calls;
    private final CallPresences presences;
    private final GuestLinks guestLinks;
    private final AccessPolicy access;
    private final WebHookEvents events;
    private final ApplicationEventPublisher lifecycle;
    private final CallEnding ending;
    private final RoomTokens tokens;
    private final Clock clock;

    ParticipantService(
            Participants participants,
            Calls calls,
            CallPresences presences,
            GuestLinks guestLinks,
            AccessPolicy access,
            WebHookEvents events,
            ApplicationEventPublisher lifecycle,
            CallEnding ending,
            RoomTokens tokens,
            Clock clock) {
        this.participants = participants;
        this.calls = calls;
        this.presences = presences;
        this.guestLinks = guestLinks;
        this.access = access;
        this.events = events;
        this.lifecycle = lifecycle;
        this.ending = ending;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * Registers the caller in a room it may enter. A guest's registration uses its link, so a
     * one-time link admits one participant however many requests race for it.
     */
    @Transactional
    String create(Caller caller, String spaceId, NewParticipant request) {
        AccessPolicy.RoomAccess room = access.room(caller, spaceId, request.roomId());
        Instant now = clock.instant();
        Optional<Caller.Guest> guest = caller.asGuest();
        if (guest.isPresent() && !guestLinks.use(guest.get().linkId(), now)) {
            throw ProblemException.conflict(
                    ProblemType.GUEST_LINK_USED, "This one-time guest link has already been used; ask for a new link.");
        }
        String id = Ids.newId();
        participants.insert(new Participants.Participant(
                id,
                spaceId,
                request.roomId(),
                Registrant.of(caller),
                request.name(),
                role(room, request.role()),
                request.clientUniqueId(),
                now));
        return id;
    }

    /** A webinar's audience watches whatever it asks for; everyone else gets what it asks, speaker by default. */
    private static ParticipantRole role(AccessPolicy.RoomAccess room, ParticipantRole requested) {
        if (!room.mayBroadcast()) {
            return ParticipantRole.VIEWER;
        }
        return requested == null ? ParticipantRole.SPEAKER : requested;
    }

    String signalingToken(Caller caller, String spaceId, String participantId) {
        Participants.Participant participant = own(caller, spaceId, participantId);
        access.room(caller, spaceId, participant.roomId());
        return tokens.signalingToken(participant.id(), participant.roomId(), caller.clientId(), SIGNALING_TTL);
    }

    @Transactional
    Presence join(Caller caller, String spaceId, String roomId, String participantId) {
        InRoom in = inLockedRoom(caller, spaceId, roomId, participantId);
        Participants.Participant participant = in.participant();
        Calls.LockedRoom room = in.room();
        if (presences.findOpen(participant.id()).isPresent()) {
            throw ProblemException.conflict(
                    ProblemType.ALREADY_IN_CALL,
                    "The participant " + participantId + " is already in the room's call; leave it first.");
        }
        Instant now = clock.instant();
        String callId = calls.findOpen(roomId).map(Calls.Call::id).orElseGet(() -> start(room, now));
        presences.insert(Ids.newId(), callId, participant.id(), now);
        calls.touch(callId, now);
        return new Presence(participant.id(), roomId, callId, now.atOffset(ZoneOffset.UTC));
    }

    private String start(Calls.LockedRoom room, Instant now) {
        String callId = Ids.newId();
        calls.insert(callId, room, now);
        events.publish(room.spaceId(), room.id(), EventName.CALL_STARTED, null, now);
        lifecycle.publishEvent(new CallLifecycle.Started(callId, room.id(), room.spaceId(), now));
        return callId;
    }

    /** Takes the participant out of the call; a participant not in it is already out. */
    @Transactional
    void leave(Caller caller, String spaceId, String roomId, String participantId) {
        InRoom in = inLockedRoom(caller, spaceId, roomId, participantId);
        Calls.LockedRoom room = in.room();
        var presence = presences.findOpen(in.participant().id());
        if (presence.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String callId = presence.get().callId();
        presences.close(presence.get().id(), now);
        calls.touch(callId, now);
        if (presences.countOpen(callId) == 0) {
            ending.finish(room, callId, now, CallLifecycle.Ending.LAST_PARTICIPANT_LEFT);
        }
    }

    /** The caller's participant in a room the caller may enter, with the room's row locked. */
    private record InRoom(Participants.Participant participant, Calls.LockedRoom room) {}

    private InRoom inLockedRoom(Caller caller, String spaceId, String roomId, String participantId) {
        access.room(caller, spaceId, roomId);
        Participants.Participant participant = ownInRoom(caller, spaceId, roomId, participantId);
        Calls.LockedRoom room =
                calls.lockRoom(spaceId, roomId).orElseThrow(() -> ProblemException.notFound("room", roomId));
        return new InRoom(participant, room);
    }

    /** The participant if this caller registered it in this space; 404 for anyone else. */
    private Participants.Participant own(Caller caller, String spaceId, String participantId) {
        Registrant registrant = Registrant.of(caller);
        return participants
                .find(participantId)
                .filter(p -> p.spaceId().equals(spaceId) && p.registrant().sameAs(registrant))
                .orElseThrow(() -> ProblemException.notFound("participant", participantId));
    }

    private Participants.Participant ownInRoom(Caller caller, String spaceId, String roomId, String participantId) {
        Participants.Participant participant = own(caller, spaceId, participantId);
        if (!participant.roomId().equals(roomId)) {
            throw ProblemException.notFound("participant " + participantId + " in the room " + roomId);
        }
        return participant;
    }
}
