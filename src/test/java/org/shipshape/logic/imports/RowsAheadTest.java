package org.shipshape.logic.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RowsAheadTest {
    /** The first chunks are small (the storing thread starts early), then they grow to full size. */
    @Test
    void everyRowArrivesInOrderInChunksGrowingToFullSize() {
        List<Integer> received = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        try (RowsAhead<Integer> ahead = new RowsAhead<>("test-reader", 10, sink -> {
            for (int i = 0; i < 40; i++) {
                sink.accept(i);
            }
        })) {
            for (List<Integer> chunk = ahead.next(); chunk != null; chunk = ahead.next()) {
                sizes.add(chunk.size());
                received.addAll(chunk);
            }
            assertThat(ahead.next()).isNull();
        }
        assertThat(sizes).containsExactly(1, 2, 4, 8, 10, 10, 5);
        assertThat(received).hasSize(40).isSorted().startsWith(0).endsWith(39);
    }

    @Test
    void theReadingThreadsFailureIsThrownToTheStoringThreadAfterTheRowsBeforeIt() {
        List<Integer> received = new ArrayList<>();
        try (RowsAhead<Integer> ahead = new RowsAhead<>("test-reader", 10, sink -> {
            for (int i = 0; i < 25; i++) { // five whole chunks: 1, 2, 4, 8 and 10 rows
                sink.accept(i);
            }
            throw new IllegalStateException("unclosed quote");
        })) {
            assertThatThrownBy(() -> {
                for (List<Integer> chunk = ahead.next(); chunk != null; chunk = ahead.next()) {
                    received.addAll(chunk);
                }
            }).isInstanceOf(IllegalStateException.class).hasMessage("unclosed quote");
        }
        assertThat(received).hasSize(25);
    }

    @Test
    void closingEarlyStopsTheReadingThreadBeforeItReadsTheWholeFile() {
        AtomicInteger read = new AtomicInteger();
        Thread[] reader = new Thread[1];
        try (RowsAhead<Integer> ahead = new RowsAhead<>("test-reader", 10, sink -> {
            reader[0] = Thread.currentThread();
            for (int i = 0; i < 1_000_000; i++) {
                read.incrementAndGet();
                sink.accept(i);
            }
        })) {
            assertThat(ahead.next()).isNotEmpty(); // the storing side fails here and gives up
        }
        assertThat(reader[0].isAlive()).isFalse();
        // at most the chunks the queue holds, the one being filled and the one handed over were read
        assertThat(read.get()).isLessThanOrEqualTo(10 * (RowsAhead.CHUNKS_AHEAD + 2) + 1);
    }
}
