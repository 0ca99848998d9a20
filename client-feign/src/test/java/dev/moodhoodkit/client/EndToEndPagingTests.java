package dev.moodhoodkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.client.model.CreateRoomRequest;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.Room;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Auto-paging against the reference server: every item once, over as many pages as it takes. */
class EndToEndPagingTests extends EndToEndSupport {

    @Test
    void iteratesTwoHundredFiftyRoomsOverPages() {
        MoodhoodClient anna = newUser("Anna").client();
        String spaceId = anna.spaces()
                .createSpace(new CreateSpaceRequest().name("Many rooms"))
                .getId();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 250; i++) {
            created.add(anna.rooms()
                    .createRoom(spaceId, new CreateRoomRequest().name("Room " + i))
                    .getId());
        }

        List<String> listed = anna.lists().rooms(spaceId).pageSize(40).stream()
                .map(Room::getId)
                .toList();
        assertThat(listed).hasSize(250).doesNotHaveDuplicates();
        assertThat(new HashSet<>(listed)).isEqualTo(created);

        int seen = 0;
        for (Room room : anna.lists().rooms(spaceId)) {
            assertThat(room.getId()).isIn(created);
            seen++;
        }
        assertThat(seen).isEqualTo(250);
    }
}
