package dev.moodhoodkit.server.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moodhoodkit.server.api.model.InviteStatus;
import dev.moodhoodkit.server.api.model.RoomType;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.springframework.format.support.DefaultFormattingConversionService;

/** Generated enums in query parameters are read by their wire values. */
class WireEnumConversionTests {

    private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

    WireEnumConversionTests() {
        new WireEnumConversion().addFormatters(conversion);
    }

    @Test
    void aGeneratedEnumIsReadByItsWireValue() {
        assertThat(conversion.convert("pending", InviteStatus.class)).isEqualTo(InviteStatus.PENDING);
        assertThat(conversion.convert("webinar", RoomType.class)).isEqualTo(RoomType.WEBINAR);
    }

    @Test
    void anUnknownWireValueFailsConversion() {
        assertThatThrownBy(() -> conversion.convert("PENDINGX", InviteStatus.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherEnumsStillConvertByConstantName() {
        assertThat(conversion.convert("MONDAY", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
    }
}
