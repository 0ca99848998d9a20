package dev.moodhoodkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.moodhoodkit.client.api.SpaceAnalyticsApi;
import dev.moodhoodkit.client.errors.ConnectionException;
import dev.moodhoodkit.client.errors.MoodhoodException;
import dev.moodhoodkit.client.errors.NotFoundException;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XLSX call report, which the generated interface cannot return, through the facade. */
class CallReportWorkbookTests extends WireMockTestSupport {

    private static final String ROOM_ID = "60d55c4fb9ef88ab17b0aabd";
    private static final String CALL_ID = "60d55e90b9ef88ab17b0aac7";
    private static final String REPORT_PATH = "/v1/spaces/" + SPACE_ID + "/analytics/report";
    /** The first bytes of every XLSX file (a ZIP archive), then some. */
    private static final byte[] WORKBOOK = {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0, (byte) 0xA1, 0x5C};

    @Test
    void theWorkbookComesBackAsItsBytes() {
        server.stubFor(get(urlPathEqualTo(REPORT_PATH))
                .withQueryParam("roomId", equalTo(ROOM_ID))
                .withQueryParam("callId", equalTo(CALL_ID))
                .withQueryParam("format", equalTo("xlsx"))
                .withHeader("Authorization", equalTo("Bearer personal-token"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", CallReportWorkbooks.XLSX)
                        .withBody(WORKBOOK)));

        try (MoodhoodClient moodhood = personalTokenClient()) {
            assertThat(moodhood.callReportXlsx(SPACE_ID, ROOM_ID, CALL_ID)).containsExactly(WORKBOOK);
        }
        server.verify(
                1,
                getRequestedFor(urlPathEqualTo(REPORT_PATH))
                        .withHeader("Accept", equalTo(CallReportWorkbooks.XLSX + ",application/problem+json")));
    }

    @Test
    void aProblemIsThrownAsUsual() {
        server.stubFor(
                get(urlPathEqualTo(REPORT_PATH)).willReturn(problem(404, SpecExamples.sharedResponse("NotFound"))));

        try (MoodhoodClient moodhood = personalTokenClient()) {
            NotFoundException e = catchThrowableOfType(
                    NotFoundException.class, () -> moodhood.callReportXlsx(SPACE_ID, ROOM_ID, CALL_ID));

            assertThat(e.requestId()).isEqualTo("0f3c9d7e2b1a4c5d");
        }
    }

    @Test
    void theWorkbookAskedOfTheJsonMethodIsAnUnreadableAnswerNotAConnectionFailure() {
        server.stubFor(get(urlPathEqualTo(REPORT_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", CallReportWorkbooks.XLSX)
                        .withHeader("X-Request-Id", "req-xlsx")
                        .withBody(WORKBOOK)));

        try (MoodhoodClient moodhood = personalTokenClient()) {
            MoodhoodException e = catchThrowableOfType(
                    MoodhoodException.class,
                    () -> moodhood.analytics().getRoomAnalyticsReport(SPACE_ID, ROOM_ID, CALL_ID, "xlsx"));

            assertThat(e).isNotInstanceOf(ConnectionException.class);
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.title()).isEqualTo("Unreadable answer");
            assertThat(e.detail())
                    .startsWith("The answer (" + CallReportWorkbooks.XLSX + ") is not what the method returns");
            assertThat(e.requestId()).isEqualTo("req-xlsx");
        }
        server.verify(1, getRequestedFor(urlPathEqualTo(REPORT_PATH)));
    }

    /** The hand-written binding must stay the generated operation: same request line, same parameters. */
    @Test
    void theBindingIsTheGeneratedOperationWithAnotherReturnType() throws NoSuchMethodException {
        Method generated = SpaceAnalyticsApi.class.getMethod(
                "getRoomAnalyticsReport", String.class, String.class, String.class, String.class);
        Method binding = CallReportWorkbooks.class.getMethod(
                "getRoomAnalyticsReport", String.class, String.class, String.class, String.class);

        assertThat(binding.getAnnotation(RequestLine.class).value())
                .isEqualTo(generated.getAnnotation(RequestLine.class).value());
        assertThat(paramNames(binding)).isEqualTo(paramNames(generated));
        List<String> generatedAccept = Arrays.asList(generated
                .getAnnotation(Headers.class)
                .value()[0]
                .replace("Accept:", "")
                .trim()
                .split(","));
        assertThat(generatedAccept).contains(CallReportWorkbooks.XLSX, "application/problem+json");
    }

    private static List<String> paramNames(Method method) {
        return Arrays.stream(method.getParameters())
                .map(p -> p.getAnnotation(Param.class).value())
                .toList();
    }

    private MoodhoodClient personalTokenClient() {
        return MoodhoodClient.builder()
                .baseUrl(baseUrl())
                .personalToken("personal-token")
                .sleeper(sleeper)
                .build();
    }
}
