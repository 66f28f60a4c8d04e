package org.shipshape.logic.labels;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.shipshape.logic.pdf.PdfFonts;

/**
 * The labels' work that does not need the page: parsing the bundled font and encoding the QR codes (choosing each
 * code's mask, eight layouts scored, is a good part of the work; see {@link QrMasks}). It runs on the cores the drawing
 * thread leaves free, and starts as soon as the package numbers are known, while the rest of the labels' data is
 * still being read, so that the drawing finds the codes ready.
 */
final class LabelsAhead {
    /** One thread less than the cores (at least one): the drawing thread keeps a core. */
    private static final ExecutorService ENCODERS = encoders();

    private final Map<String, FutureTask<boolean[][]>> codes = new ConcurrentHashMap<>();

    /**
     * Parses the font faces for the next label document. A failure here is left to the document, which parses the
     * font again when it finds none ready and reports what went wrong.
     */
    void prepareFonts() {
        CompletableFuture.runAsync(PdfFonts::prepare, ENCODERS);
    }

    /** Starts encoding the QR codes of these package numbers, in this order, unless already started. */
    void encode(Collection<String> packageNumbers) {
        for (String number : packageNumbers) {
            codes.computeIfAbsent(number, n -> {
                FutureTask<boolean[][]> code = new FutureTask<>(() -> VectorBarcodes.qr(n));
                ENCODERS.execute(code);
                return code;
            });
        }
    }

    /**
     * The QR code of this package number: encoded ahead (waiting for it if it is being encoded), else now on the
     * calling thread (a code not yet started is encoded here rather than waited for). Safe from several threads.
     */
    boolean[][] take(String packageNumber) {
        FutureTask<boolean[][]> ahead = codes.remove(packageNumber);
        if (ahead == null) {
            return VectorBarcodes.qr(packageNumber);
        }
        ahead.run(); // does nothing when the encoder has started or finished it
        try {
            return ahead.get();
        } catch (CancellationException dropped) {
            // cleared meanwhile by another document of the same service: nothing was wrong with the code
            return VectorBarcodes.qr(packageNumber);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Could not encode the QR code of " + packageNumber, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for the QR code of " + packageNumber);
        }
    }

    /** Drops the codes not taken; those not yet started are not encoded. */
    void clear() {
        codes.values().forEach(code -> code.cancel(false));
        codes.clear();
    }

    private static ExecutorService encoders() {
        return daemonPool("label-qr-codes", Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** A pool of daemon threads that end after 10 idle seconds, so a finished document keeps no thread alive. */
    static ExecutorService daemonPool(String name, int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, name);
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
