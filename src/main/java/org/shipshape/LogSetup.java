package org.shipshape;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import org.shipshape.cli.app.LogStatusToStderr;
import org.shipshape.logic.workspace.Workspace;

/**
 * Shipshape's logging, set up in code when the first logger is asked for (found by logback through
 * META-INF/services), its file opened when the first event is logged: details go to {@code shipshape.log} in the user's data folder, at most 3 + 1 files of 5 MB;
 * the screen and the terminal get one plain sentence. Set up in code rather than from an XML file because
 * parsing the XML was a tenth of a short command's start. {@code -Dlogback.configurationFile=FILE} and a
 * {@code logback-test.xml} (the tests) still take over. The folder is {@code -Dshipshape.log.dir} if given.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    private static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String folder = System.getProperty("shipshape.log.dir",
                Workspace.defaultDatabase().toAbsolutePath().getParent().toString());
        FileLogOnFirstEvent deferred = new FileLogOnFirstEvent(folder);
        deferred.setContext(context);
        deferred.setName("FILE");
        deferred.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(deferred);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void configureFileLog(LoggerContext context, String folder) {
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(fileAppender(context, folder));
    }

    /**
     * The log file's appender, made when the first event is logged: a command that logs nothing (most runs of
     * {@code categories} or {@code shipment list}) then never loads the pattern layout and the rolling file's
     * classes, about 180 of them (docs/PERFORMANCE.md, round 4).
     */
    static final class FileLogOnFirstEvent extends AppenderBase<ILoggingEvent> {
        private final String folder;
        private Appender<ILoggingEvent> file;

        FileLogOnFirstEvent(String folder) {
            this.folder = folder;
        }

        @Override
        protected void append(ILoggingEvent event) {
            // AppenderBase.doAppend is synchronized: one thread makes the file's appender
            if (file == null) {
                file = fileAppender((LoggerContext) getContext(), folder);
            }
            file.doAppend(event);
        }

        @Override
        public void stop() {
            if (file != null) {
                file.stop();
            }
            super.stop();
        }
    }

    private static Appender<ILoggingEvent> fileAppender(LoggerContext context, String folder) {
        LogStatusToStderr statusToStderr = new LogStatusToStderr();
        statusToStderr.setContext(context);
        statusToStderr.start();
        context.getStatusManager().add(statusToStderr);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/shipshape.log");
        file.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/shipshape.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.start();
        return file;
    }
}
