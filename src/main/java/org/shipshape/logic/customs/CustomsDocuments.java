package org.shipshape.logic.customs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.shipshape.logic.task.Futures;
import java.util.Optional;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.pdf.PdfArchival;
import org.shipshape.logic.pdf.PdfFonts;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import org.shipshape.model.customs.CustomsData;
import org.shipshape.model.customs.DocumentKind;
import org.shipshape.model.customs.DocumentRevision;
import org.shipshape.model.customs.PackProblem;
import org.shipshape.store.customs.CustomsDataRepository;
import org.shipshape.store.customs.DocumentRevisionRepository;

/**
 * The customs pack of a shipment: check it, print it as draft or final, keep final revisions and reprint them.
 * Used by the Documents screen and the {@code documents}, {@code check} commands.
 */
public final class CustomsDocuments {
    /** What a check found, for one shipment and pack kind. */
    public record CheckResult(String shipmentReference, boolean finalPack, Language language,
                              List<PackProblem> problems) {
        public boolean blocked() {
            return PackCheck.hasBlocking(problems);
        }
    }

    /**
     * A pack that was written.
     *
     * @param revision the revision of a final pack, 0 for a draft
     * @param warnings the problems that did not block it
     */
    public record PackResult(String shipmentReference, int revision, List<Path> files, List<PackProblem> warnings) {
    }

    private final Workspace workspace;
    private final CustomsDataRepository data;
    private final DocumentRevisionRepository revisions;
    private final Clock clock;

    public CustomsDocuments(Workspace workspace) {
        this(workspace, Clock.systemDefaultZone());
    }

    CustomsDocuments(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.data = new CustomsDataRepository(workspace.database());
        this.revisions = new DocumentRevisionRepository(workspace.database());
        this.clock = clock;
    }

    public List<String> shipmentReferences() {
        return data.shipmentReferences();
    }

    /** The shipment's document language: its own first one, else its country's; English when none. */
    public Language defaultLanguage(String shipmentReference) {
        return load(shipmentReference).documentLanguage();
    }

    /** Checks the shipment as a final pack (or a draft) in the given language, or its own when null. */
    public CheckResult check(String shipmentReference, boolean finalPack, Language language) {
        return check(shipmentReference, finalPack, language, Progress.NONE);
    }

    /** The same check, stopping between reading the shipment and checking it when asked to. */
    public CheckResult check(String shipmentReference, boolean finalPack, Language language, Progress progress) {
        CustomsData shipmentData = load(shipmentReference);
        progress.checkCancelled();
        Language chosen = language == null ? shipmentData.documentLanguage() : language;
        return new CheckResult(shipmentData.shipment().reference(), finalPack, chosen,
                PackCheck.check(shipmentData, CustomsTotals.of(shipmentData), finalPack, chosen));
    }

    /** The totals every document of the shipment prints (for the container list and tests). */
    public CustomsTotals totals(String shipmentReference) {
        return CustomsTotals.of(load(shipmentReference));
    }

    /**
     * Prints the pack into the folder: packing-list.pdf, proforma-invoice.pdf, donation-certificate.pdf,
     * hs-summary.pdf, door-summary.pdf and, where used electrical goods need it, test-records.pdf.
     * A final pack is refused (and nothing written) while a blocking problem remains or once the shipment is
     * sealed with a pack already on record. The whole pack is written before any file is switched into place, and
     * the next revision is stored only when every file is in place: a file that cannot be replaced (held open by
     * a PDF viewer) or a full disk leaves the folder and the revisions as they were, and says which file.
     * A draft is watermarked DRAFT and not stored.
     *
     * @param language the document language beside English, or null for the shipment's
     * @throws UserInputException listing the problems when the final pack is refused
     */
    public PackResult writePack(String shipmentReference, Language language, boolean draft, Path folder,
                                Progress progress) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException(Message.of("customs.refused.noFolder", String.valueOf(folder)));
        }
        ExecutorService pool = printers();
        try {
            return writePack(shipmentReference, language, draft, folder, progress, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private PackResult writePack(String shipmentReference, Language language, boolean draft, Path folder,
                                 Progress progress, ExecutorService pool) {
        // the fonts are parsed, and the PDF/A writing loaded, while the shipment is read, instead of by the first
        // documents
        Future<?> fonts = pool.submit(PdfFonts::prepare);
        Future<?> archival = pool.submit(PdfArchival::prepare);
        CustomsData shipmentData = load(shipmentReference);
        Language chosen = language == null ? shipmentData.documentLanguage() : language;
        CustomsTotals totals = CustomsTotals.of(shipmentData);
        // a final pack is checked before anything is printed; a draft is never refused, so its check (for its
        // warnings) runs while its documents are laid out
        List<PackProblem> problems = draft ? List.of() : PackCheck.check(shipmentData, totals, true, chosen);
        String reference = shipmentData.shipment().reference();
        if (!draft && PackCheck.hasBlocking(problems)) {
            List<Message> lines = new ArrayList<>();
            lines.add(Message.of("customs.refused.blocked", reference));
            problems.stream().filter(PackProblem::isBlocking).map(PackProblem::summary).forEach(lines::add);
            throw new UserInputException(lines);
        }
        long shipmentId = shipmentData.shipment().id();
        boolean hasRevisions = !revisions.findByShipment(shipmentId).isEmpty();
        if (shipmentData.shipment().status().isLocked() && hasRevisions) {
            throw new UserInputException(Message.of("customs.refused.locked", reference,
                    shipmentData.shipment().status()));
        }
        int revision = draft ? 0 : revisions.nextRevision(shipmentId);
        List<DocumentKind> kinds = PackDocuments.kindsFor(shipmentData);
        PackDocuments documents = new PackDocuments(shipmentData, totals, chosen, LocalDate.now(clock), revision,
                progress);
        result(fonts);
        result(archival);
        Map<DocumentKind, Future<byte[]>> writing = startAll(documents, kinds, progress, pool);
        if (draft) {
            problems = PackCheck.check(shipmentData, totals, false, chosen);
        }
        Map<DocumentKind, byte[]> printed = results(writing);
        progress.checkCancelled();
        progress.report(kinds.size(), kinds.size() + 1L, Message.of("customs.progress.writing"));
        Map<Path, AtomicFileWriter.Content> files = new LinkedHashMap<>();
        printed.forEach((kind, bytes) -> files.put(folder.resolve(kind.fileName()), out -> out.write(bytes)));
        // the whole pack is written first, then switched into place; the revision is stored only once every file
        // is there, and a failure to store it puts the old files back
        List<Path> written = writeFiles(folder, files, () -> {
            if (!draft) {
                List<DocumentRevisionRepository.NewRevision> stored = new ArrayList<>();
                printed.forEach((kind, bytes) -> stored.add(new DocumentRevisionRepository.NewRevision(
                        kind.documentNumber(reference), kind, chosen, sha256(bytes), bytes)));
                revisions.insertPack(shipmentId, reference, revision, stored, clock.instant(), workspace.user());
            }
        });
        List<Path> filesWritten = written.stream().map(p -> folder.resolve(p.getFileName())).toList();
        progress.report(kinds.size() + 1L, kinds.size() + 1L, Message.of("customs.progress.done"));
        return new PackResult(reference, revision, filesWritten,
                problems.stream().filter(p -> !p.isBlocking()).toList());
    }

    /** One thread per core to lay the documents out on. */
    private static ExecutorService printers() {
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), work -> {
            Thread thread = new Thread(work, "customs-pack");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Lays the documents out at the same time, one per core: they are independent, and the packing list alone
     * takes as long as all the others together, so a two-core PC prints the pack in about half the time.
     */
    private static Map<DocumentKind, Future<byte[]>> startAll(PackDocuments documents, List<DocumentKind> kinds,
                                                              Progress progress, ExecutorService pool) {
        AtomicInteger done = new AtomicInteger();
        Map<DocumentKind, Future<byte[]>> writing = new LinkedHashMap<>();
        for (DocumentKind kind : kinds) {
            writing.put(kind, pool.submit(() -> {
                progress.checkCancelled();
                byte[] pdf = documents.write(kind);
                progress.report(done.incrementAndGet(), kinds.size() + 1L,
                        Message.of("customs.progress.printing", kind.fileName()));
                return pdf;
            }));
        }
        return writing;
    }

    private static Map<DocumentKind, byte[]> results(Map<DocumentKind, Future<byte[]>> writing) {
        Map<DocumentKind, byte[]> printed = new LinkedHashMap<>();
        for (Map.Entry<DocumentKind, Future<byte[]>> document : writing.entrySet()) {
            printed.put(document.getKey(), result(document.getValue()));
        }
        return printed;
    }

    private static <T> T result(Future<T> document) {
        return Futures.result(document, cause -> new IllegalStateException("A customs document could not be printed",
                cause));
    }

    /** Stored final documents of the shipment, newest revision first. */
    public List<DocumentRevision> revisions(String shipmentReference) {
        return revisions.findByShipment(load(shipmentReference).shipment().id());
    }

    /** Writes a stored document exactly as it was printed (byte for byte) to the target file. */
    public Path reprint(long revisionId, Path target) {
        byte[] content = revisions.content(revisionId).orElseThrow(() -> new UserInputException(
                Message.of("customs.refused.unknownDocument", revisionId)));
        return writeFile(target, content);
    }

    /** Writes every stored document of one revision of the shipment into the folder, under its usual file name. */
    public List<Path> reprintPack(String shipmentReference, int revision, Path folder) {
        List<DocumentRevision> stored = revisions(shipmentReference).stream()
                .filter(r -> r.revision() == revision).toList();
        if (stored.isEmpty()) {
            throw new UserInputException(Message.of("customs.refused.unknownRevision", shipmentReference, revision));
        }
        Map<Path, AtomicFileWriter.Content> files = new LinkedHashMap<>();
        for (DocumentRevision document : stored) {
            byte[] content = revisions.content(document.id()).orElseThrow();
            files.put(folder.resolve(document.kind().fileName()), out -> out.write(content));
        }
        writeFiles(folder, files, () -> { });
        return List.copyOf(files.keySet());
    }

    private CustomsData load(String shipmentReference) {
        if (shipmentReference == null || shipmentReference.isBlank()) {
            throw new UserInputException(Message.of("customs.refused.noShipment"));
        }
        Optional<CustomsData> found = data.load(shipmentReference.trim());
        return found.orElseThrow(() -> new UserInputException(Message.of("customs.refused.unknownShipment",
                shipmentReference.trim(), String.join(", ", data.shipmentReferences()))));
    }

    /** Writes a set of files as one; a file that cannot be replaced or a full disk is named, nothing changes. */
    private static List<Path> writeFiles(Path folder, Map<Path, AtomicFileWriter.Content> files,
                                         AtomicFileWriter.Commit commit) {
        try {
            return AtomicFileWriter.writeAll(files, commit);
        } catch (AtomicFileWriter.FileInUseException e) {
            throw new UserInputException(Message.of("customs.pack.fileInUse", e.file().toString()));
        } catch (AtomicFileWriter.FileNotWrittenException e) {
            throw new UserInputException(Message.of("customs.pack.notWrittenBecause", e.text()));
        } catch (IOException e) {
            throw new UserInputException(Message.of("customs.pack.notWritten", folder.toString(),
                    String.valueOf(e.getMessage())));
        }
    }

    private static Path writeFile(Path target, byte[] content) {
        try {
            AtomicFileWriter.write(target, out -> out.write(content));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
