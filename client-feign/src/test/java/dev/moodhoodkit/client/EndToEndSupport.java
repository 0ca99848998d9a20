package dev.moodhoodkit.client;

import dev.moodhoodkit.client.model.CreateUserRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The end-to-end tests' common ground: the reference server, a client with its bootstrap
 * client's credentials (acting with the client token), and users made through it.
 */
@ExtendWith(ReferenceServer.class)
abstract class EndToEndSupport {

    static final String PASSWORD = "correct-horse-battery";

    private static final AtomicInteger USERS = new AtomicInteger();

    /** Acts with the client token; {@link #user} views share its connection pool. */
    MoodhoodClient moodhood;

    @BeforeEach
    void buildClient() {
        moodhood = clientBuilder().build();
    }

    @AfterEach
    void closeClient() {
        moodhood.close();
    }

    /** The client's settings for the reference server; tests add or change what they need. */
    static MoodhoodClientBuilder clientBuilder() {
        return MoodhoodClient.builder()
                .baseUrl(ReferenceServer.baseUrl())
                .clientCredentials(ReferenceServer.CLIENT_ID, ReferenceServer.CLIENT_SECRET);
    }

    /** A new user, created with the client token. */
    TestUser newUser(String name) {
        String email = name.toLowerCase() + "." + USERS.incrementAndGet() + "." + System.nanoTime() + "@example.com";
        String id = moodhood.users()
                .createNewUser(
                        new CreateUserRequest().email(email).username(name).password(PASSWORD))
                .getId();
        return new TestUser(id, email, moodhood.asUser(email, PASSWORD));
    }

    /** A user of the server and a view of the client acting for them. */
    record TestUser(String id, String email, MoodhoodClient client) {}
}
