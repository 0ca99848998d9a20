package dev.moodhoodkit.client;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/**
 * {@code getRoomAnalyticsReport} for its XLSX answer, which the generated
 * {@code SpaceAnalyticsApi} cannot return (its method returns the JSON {@code CallReport}). The
 * request line is the generated one, character for character (a test holds them together); only
 * the return type and the {@code Accept} header differ.
 */
interface CallReportWorkbooks {

    /** The media type of an XLSX workbook, as the spec names it. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @RequestLine("GET /spaces/{spaceId}/analytics/report?roomId={roomId}&callId={callId}&format={format}")
    @Headers("Accept: " + XLSX + ",application/problem+json")
    byte[] getRoomAnalyticsReport(
            @Param("spaceId") String spaceId,
            @Param("roomId") String roomId,
            @Param("callId") String callId,
            @Param("format") String format);
}
