package org.shipshape;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aTestConfigurationOnTheClassPathTakesOver() {
        LogSetup setup = new LogSetup();
        LoggerContext context = new LoggerContext();
        setup.setContext(context);

        assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
