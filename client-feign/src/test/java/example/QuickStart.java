package example;

import dev.moodhoodkit.client.MoodhoodClient;
import dev.moodhoodkit.client.model.CreateRoomRequest;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.CreateUserRequest;
import dev.moodhoodkit.client.model.CreatedRoom;
import dev.moodhoodkit.client.model.RoomType;

public class QuickStart {
    public static void main(String[] args) {
        // The reference server and its demo client; use your own URL and credentials.
        String baseUrl = args.length > 0 ? args[0] : "http://localhost:8080/v1";
        try (MoodhoodClient moodhood = MoodhoodClient.builder()
                .baseUrl(baseUrl)
                .clientCredentials("kit-demo", "KitDemoSecret0000ChangeMe0000000")
                .build()) {
            // The client token may create users; spaces and rooms need a user token.
            String email = "anna." + System.currentTimeMillis() + "@example.com";
            moodhood.users()
                    .createNewUser(new CreateUserRequest()
                            .email(email)
                            .username("Anna")
                            .password("correct-horse-battery"));
            MoodhoodClient anna = moodhood.asUser(email, "correct-horse-battery");

            String spaceId = anna.spaces()
                    .createSpace(new CreateSpaceRequest().name("Lessons"))
                    .getId();
            CreatedRoom room = anna.rooms()
                    .createRoom(
                            spaceId,
                            new CreateRoomRequest().name("Monday lesson").type(RoomType.LESSON));
            System.out.println("Room " + room.getId() + ", link alias " + room.getAlias());
        }
    }
}
