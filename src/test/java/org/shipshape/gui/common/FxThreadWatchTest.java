package org.shipshape.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The watch the benchmarks and the cold-start bench read: it sees a block of the FX thread, how long and when. */
@ExtendWith(ApplicationExtension.class)
class FxThreadWatchTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void aTaskThatHoldsTheFxThreadIsSeenAsTheLongestWait() throws Exception {
        FxThreadWatch watch = FxThreadWatch.start();
        Thread.sleep(100);
        CountDownLatch blocked = new CountDownLatch(1);
        Platform.runLater(() -> {
            sleep(Duration.ofMillis(300));
            blocked.countDown();
        });
        assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        watch.close();

        assertThat(watch.longest()).isBetween(Duration.ofMillis(250), Duration.ofSeconds(5));
        assertThat(watch.longestEndedAfter()).isGreaterThanOrEqualTo(Duration.ofMillis(350));
        assertThat(watch.noticeableWaits()).isGreaterThanOrEqualTo(1);
        assertThat(watch.longestWaits(3)).isNotEmpty().first()
                .satisfies(wait -> assertThat(wait.waited()).isEqualTo(watch.longest()))
                .satisfies(wait -> assertThat(wait.endedAfter()).isEqualTo(watch.longestEndedAfter()));
    }

    @Test
    void anIdleThreadHasNoNoticeableWait() throws Exception {
        FxThreadWatch watch = FxThreadWatch.start();
        Thread.sleep(200);
        watch.close();

        assertThat(watch.longest()).isPositive().isLessThan(FxThreadWatch.NOTICEABLE.multipliedBy(4));
        assertThat(watch.longestWaits(3)).hasSize(Math.min(3, watch.noticeableWaits()));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
