package org.shipshape.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SqlInstantTest {
    @Test
    void instantsWrittenByTheAppAreReadBackExactly() {
        Random random = new Random(16);
        for (int i = 0; i < 5_000; i++) {
            // whole seconds, milliseconds, microseconds and nanoseconds, from year 0 to 9999
            Instant written = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_799L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1_000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });

            assertThat(Sql.parseInstant(written.toString())).as(written.toString()).isEqualTo(written);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-31T09:05:00Z", "2024-02-29T23:59:59.5Z", "1970-01-01T00:00:00Z",
        "2026-11-30T23:41:50.123456789Z", "2026-11-30T23:41:50.120Z", "2026-11-30T23:41:50+01:00",
        "2026-11-30t23:41:50z", "2026-12-31T23:59:60Z", "2026-01-31T24:00:00Z", "2026-01-31T09:05:00.Z"})
    void readsWhatInstantParseReads(String text) {
        assertThat(Sql.parseInstant(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T09:05:00Z", "2026-13-01T09:05:00Z", "2026-01-31T24:01:00Z",
        "2026-01-31T09:05:0xZ", "2026-01-31 09:05:00Z", "yesterday"})
    void refusesWhatInstantParseRefuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Sql.parseInstant(text)).isInstanceOf(DateTimeException.class);
    }
}
