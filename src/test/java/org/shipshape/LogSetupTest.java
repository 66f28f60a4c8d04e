package org.shipshape;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {
    @TempDir
    Path folder;

    @Test
    void detailsGoToShipshapeLogInTheGivenFolder() throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogSetup.configureFileLog(context, folder.toString());

        context.getLogger("org.shipshape.Example").info("Backup written and checked");
        context.getLogger("org.shipshape.Example").debug("not kept: below INFO");
        context.stop();

        String log = Files.readString(folder.resolve("shipshape.log"));
        assertThat(log).contains("INFO", "org.shipshape.Example", "Backup written and checked")
                .doesNotContain("not kept");
    }

    @Test
    void theFileIsMadeWhenTheFirstEventIsLogged() throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogSetup.FileLogOnFirstEvent deferred = new LogSetup.FileLogOnFirstEvent(folder.toString());
        deferred.setContext(context);
        deferred.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(deferred);
        context.getLogger("org.shipshape.Example").debug("below INFO: no event, no file");

        assertThat(folder.resolve("shipshape.log")).doesNotExist();

        context.getLogger("org.shipshape.Example").warn("Backup folder is full");
        context.getLogger("org.shipshape.Example").info("Backup written and checked");
        context.stop();
        assertThat(Files.readString(folder.resolve("shipshape.log")))
                .contains("WARN", "Backup folder is full", "INFO", "Backup written and checked");
    }

    @Test
    void aTestConfigurationOnTheClassPathTakesOver() {
        LogSetup setup = new LogSetup();
        LoggerContext context = new LoggerContext();
        setup.setContext(context);

        assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
