package dev.moodhoodkit.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.Fixtures;
import dev.moodhoodkit.server.testing.TestUser;
import dev.moodhoodkit.server.users.UserAccounts;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** RoomService on the real database, with aliases that collide on purpose. */
class RoomServiceTests extends ApiTest {

    @Autowired
    Rooms rooms;

    @Autowired
    UserAccounts users;

    @Autowired
    AccessPolicy access;

    @Test
    void createRoomDrawsAFreshAliasWhenTheDrawnOneIsTaken() {
        TestUser owner = newUser();
        String space = fixtures.space(owner.token(), false);
        String taken = api.post("/v1/spaces/" + space + "/rooms", owner.token(), Fixtures.json("name", "First"))
                .assertStatus(201)
                .string("/alias");
        Deque<String> draws = new ArrayDeque<>(List.of(taken, taken, "Fresh12345"));
        RoomService service = new RoomService(rooms, users, access, clock, draws::pop);

        RoomDetails room = service.create(new Caller.User(owner.id(), null, null), space, changes("Second"));

        assertThat(room.alias()).isEqualTo("Fresh12345");
        assertThat(draws).isEmpty();
        assertThat(rooms.find(space, room.id()))
                .hasValueSatisfying(stored -> assertThat(stored.alias()).isEqualTo("Fresh12345"));
    }

    private static RoomSettings.Changes changes(String name) {
        return new RoomSettings.Changes(name, null);
    }
}
