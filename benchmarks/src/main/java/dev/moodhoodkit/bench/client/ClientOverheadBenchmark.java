package dev.moodhoodkit.bench.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.moodhoodkit.client.MoodhoodClient;
import dev.moodhoodkit.client.RetryPolicy;
import dev.moodhoodkit.client.model.Room;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One {@code GET} room, on the same running server, through the Feign facade
 * ({@link MoodhoodClient}: token handling, error translation, retries, Jackson 2 decoding)
 * and through the JDK {@link HttpClient} with the same token: once keeping the body as a string
 * (the bare transport) and once decoding it into the same generated {@link Room} model (what
 * the facade hands back). Single-threaded, time per call.
 *
 * <p>The server and the ids come from the environment that run.sh sets: {@code BENCH_BASE_URL}
 * (e.g. {@code http://127.0.0.1:18400}), {@code OWNER_EMAIL}, {@code OWNER_PASSWORD},
 * {@code OWNER_TOKEN}, {@code ROOM_SPACE_ID}, {@code ROOM_ID} (JMH forks inherit the environment).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientOverheadBenchmark {

    private MoodhoodClient facade;
    private HttpClient jdk;
    private HttpRequest jdkRequest;
    private ObjectMapper json;
    private String spaceId;
    private String roomId;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        String base = env("BENCH_BASE_URL");
        spaceId = env("ROOM_SPACE_ID");
        roomId = env("ROOM_ID");
        facade = MoodhoodClient.builder()
                .baseUrl(base + "/v1")
                .clientCredentials("kit-demo", "KitDemoSecret0000ChangeMe0000000")
                .userCredentials(env("OWNER_EMAIL"), env("OWNER_PASSWORD"))
                .retryPolicy(RetryPolicy.NONE)
                .build();
        jdk = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        jdkRequest = HttpRequest.newBuilder(URI.create(base + "/v1/spaces/" + spaceId + "/rooms/" + roomId))
                .header("Authorization", "Bearer " + env("OWNER_TOKEN"))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        // The same settings as the facade's own mapper (client-feign JsonMappers).
        json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // Fail now, not in the middle of the measurement, if the setup is wrong.
        if (!roomId.equals(feignFacade().getId())
                || !roomId.equals(jdkHttpClientDecoded().getId())) {
            throw new IllegalStateException("the two clients do not read the same room");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        facade.close();
    }

    @Benchmark
    public Room feignFacade() {
        return facade.rooms().getRoom(spaceId, roomId);
    }

    @Benchmark
    public String jdkHttpClient() throws IOException, InterruptedException {
        HttpResponse<String> response = jdk.send(jdkRequest, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET room answered " + response.statusCode());
        }
        return response.body();
    }

    @Benchmark
    public Room jdkHttpClientDecoded() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = jdk.send(jdkRequest, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET room answered " + response.statusCode());
        }
        return json.readValue(response.body(), Room.class);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run this through benchmarks/run.sh client");
        }
        return value;
    }
}
