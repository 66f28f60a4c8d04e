package org.shipshape.logic.labels;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
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

    private final Map<String, CompletableFuture<boolean[][]>> codes = new ConcurrentHashMap<>();

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
            codes.computeIfAbsent(number, n -> CompletableFuture.supplyAsync(() -> VectorBarcodes.qr(n), ENCODERS));
        }
    }

    /** The QR code of this package number: encoded ahead (waiting for it if needed), else now. */
    boolean[][] take(String packageNumber) {
        CompletableFuture<boolean[][]> ahead = codes.remove(packageNumber);
        if (ahead == null) {
            return VectorBarcodes.qr(packageNumber);
        }
        try {
            return ahead.join();
        } catch (CancellationException dropped) {
            // cleared meanwhile by another document of the same service: nothing was wrong with the code
            return VectorBarcodes.qr(packageNumber);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Drops the codes not taken; those not yet started are not encoded. */
    void clear() {
        codes.values().forEach(code -> code.cancel(false));
        codes.clear();
    }

    private static ExecutorService encoders() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, "label-qr-codes");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
