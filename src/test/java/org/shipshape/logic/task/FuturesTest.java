package org.shipshape.logic.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class FuturesTest {

    @Test
    void givesTheResultOfFinishedWork() throws IOException {
        assertThat(Futures.result(CompletableFuture.completedFuture("done"), IOException::new)).isEqualTo("done");
    }

    @Test
    void throwsAnUncheckedFailureAsTheWorkThrewIt() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad row");
        assertThatThrownBy(() -> Futures.result(CompletableFuture.failedFuture(thrown), IOException::new))
                .isSameAs(thrown);
        StackOverflowError error = new StackOverflowError();
        assertThatThrownBy(() -> Futures.result(CompletableFuture.failedFuture(error), IOException::new))
                .isSameAs(error);
    }

    @Test
    void wrapsACheckedFailureAsAsked() {
        IOException disk = new IOException("disk full");
        FutureTask<String> work = new FutureTask<>(() -> {
            throw disk;
        });
        work.run();
        assertThatThrownBy(() -> Futures.result(work, cause -> new IOException("Could not draw", cause)))
                .isInstanceOf(IOException.class).hasMessage("Could not draw").hasCause(disk);
    }

    @Test
    void anInterruptedWaitIsACancelAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Futures.result(new CompletableFuture<String>(), IOException::new))
                    .isInstanceOf(CancelledException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
