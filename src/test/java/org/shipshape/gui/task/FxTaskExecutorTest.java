package org.shipshape.gui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.gui.support.FxExceptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class FxTaskExecutorTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void workWithAProgressWindowThatFinishesIsASuccessNotACancellation(FxRobot robot) throws Exception {
        List<String> outcome = new CopyOnWriteArrayList<>();
        FxTaskExecutor executor = new FxTaskExecutor((sentence, error) -> outcome.add("error " + sentence));
        try {
            for (int run = 0; run < 5; run++) {
                int delay = run * 40;
                executor.execute(BackgroundTask.of("Writing", progress -> {
                    progress.report(1, 2, null);
                    robot.sleep(delay);
                    if (progress.isCancelled()) {
                        throw new org.shipshape.logic.task.CancelledException();
                    }
                    return "done";
                }).withProgressWindow().onSuccess(outcome::add).onCancelled(() -> outcome.add("cancelled")));
            }
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcome.size() == 5);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            executor.shutdown();
        }
        assertThat(outcome).containsOnly("done");
    }

    @Test
    void onlyTheCancelButtonCancels(FxRobot robot) throws Exception {
        List<String> outcome = new CopyOnWriteArrayList<>();
        FxTaskExecutor executor = new FxTaskExecutor((sentence, error) -> outcome.add("error " + sentence));
        try {
            executor.execute(BackgroundTask.of("Writing", progress -> {
                for (int i = 0; i < 500 && !progress.isCancelled(); i++) {
                    robot.sleep(20);
                }
                if (progress.isCancelled()) {
                    throw new org.shipshape.logic.task.CancelledException();
                }
                return "done";
            }).withProgressWindow().onSuccess(outcome::add).onCancelled(() -> outcome.add("cancelled")));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#progress-dialog").tryQuery()
                    .isPresent());
            javafx.scene.control.DialogPane pane = robot.lookup("#progress-dialog").queryAs(
                    javafx.scene.control.DialogPane.class);
            robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(
                    javafx.scene.control.ButtonType.CANCEL)).fire());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcome.size() == 1);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            executor.shutdown();
        }
        assertThat(outcome).containsExactly("cancelled");
        assertThat(robot.lookup("#progress-dialog").tryQuery()).isEmpty();
    }

    @Test
    void workAskedForAfterShutdownIsNotStartedAndThrowsNothing(FxRobot robot) throws Exception {
        List<String> outcome = new CopyOnWriteArrayList<>();
        FxTaskExecutor executor = new FxTaskExecutor((sentence, error) -> outcome.add("error " + sentence));
        // as when a screen's read finishes while the window closes and asks for its next step
        executor.execute(BackgroundTask.of("First", progress -> "first").onSuccess(first -> {
            outcome.add(first);
            executor.shutdown();
            executor.execute(BackgroundTask.of("Next", progress -> "next").onSuccess(outcome::add));
        }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !outcome.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outcome).containsExactly("first");
    }

    @Test
    void workIsInHandFromBeingGivenUntilItsAnswerIsShown(FxRobot robot) throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor((sentence, error) -> { });
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<Boolean> inHandWhenAnswered = new CopyOnWriteArrayList<>();
        try {
            assertThat(executor.hasWorkInHand()).isFalse();
            robot.interact(() -> executor.execute(BackgroundTask.of("Reading", progress -> {
                try {
                    release.await();
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt(); // the executor was shut down: nothing to read
                }
                return "read";
            }).onSuccess(read -> inHandWhenAnswered.add(executor.hasWorkInHand()))));
            assertThat(onFx(robot, executor::hasWorkInHand)).isTrue();
            release.countDown();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !inHandWhenAnswered.isEmpty());
            assertThat(inHandWhenAnswered).containsExactly(false);
            assertThat(onFx(robot, executor::hasWorkInHand)).isFalse();
        } finally {
            release.countDown();
            executor.shutdown();
        }
    }

    @Test
    void idleTimeWorkStepsAsideForWorkAskedForWhileItRunsAndRunsAgainAfterIt(FxRobot robot) throws Exception {
        List<String> outcome = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger idleRuns = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch idleStarted = new java.util.concurrent.CountDownLatch(1);
        FxTaskExecutor executor = new FxTaskExecutor((sentence, error) -> outcome.add("error " + sentence));
        try {
            robot.interact(() -> executor.execute(BackgroundTask.of("Reading ahead", progress -> {
                if (idleRuns.incrementAndGet() == 1) {
                    idleStarted.countDown();
                    for (int wait = 0; wait < 3000; wait++) { // at most a minute, unless asked to stop
                        progress.checkCancelled();
                        robot.sleep(20);
                    }
                }
                return "idle";
            }).inIdleTime().onSuccess(outcome::add).onCancelled(() -> outcome.add("idle cancelled"))));
            assertThat(idleStarted.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(onFx(robot, executor::hasIdleWork)).isTrue();
            assertThat(onFx(robot, executor::hasWorkInHand)).isFalse();
            robot.interact(() -> executor.execute(BackgroundTask.of("Chosen section", progress -> "chosen")
                    .onSuccess(outcome::add)));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcome.size() == 2);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            executor.shutdown();
        }
        assertThat(outcome).containsExactly("chosen", "idle");
        assertThat(idleRuns).hasValue(2);
    }

    @Test
    void idleTimeWorkStartsOnlyOnceOtherWorkIsAnsweredAndIsNotInHand(FxRobot robot) throws Exception {
        List<String> outcome = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<Boolean> inHandWhileIdleRuns = new CopyOnWriteArrayList<>();
        FxTaskExecutor executor = new FxTaskExecutor((sentence, error) -> outcome.add("error " + sentence));
        try {
            robot.interact(() -> {
                executor.execute(BackgroundTask.of("Chosen section", progress -> {
                    try {
                        release.await();
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt(); // the executor was shut down: nothing to read
                    }
                    return "chosen";
                }).onSuccess(outcome::add));
                executor.execute(BackgroundTask.of("Reading ahead", progress -> {
                    outcome.add("idle started");
                    return "idle";
                }).inIdleTime().onSuccess(idle -> {
                    outcome.add(idle);
                    inHandWhileIdleRuns.add(executor.hasWorkInHand());
                }));
            });
            robot.sleep(200);
            assertThat(outcome).isEmpty();
            release.countDown();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcome.size() == 3);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            release.countDown();
            executor.shutdown();
        }
        assertThat(outcome).containsExactly("chosen", "idle started", "idle");
        assertThat(inHandWhileIdleRuns).containsExactly(false);
        assertThat(onFx(robot, executor::hasIdleWork)).isFalse();
    }

    private static boolean onFx(FxRobot robot, java.util.function.BooleanSupplier question) {
        boolean[] answer = new boolean[1];
        robot.interact(() -> answer[0] = question.getAsBoolean());
        return answer[0];
    }
}
