package org.shipshape.logic.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.store.imports.ImportBatchRepository;

/** A file whose first pass ran on its own thread imports, and fails, exactly as the same file read on asking. */
class ImportFileAheadTest {
    private static final String HEADER = "donor,received_on,category,description,quantity,unit,condition,unit_value,"
            + "currency,unit_kg,location\n";
    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("t.db"), false, "Tester");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void itemsReadAheadAreStoredWithTheFilesFingerprint() throws IOException, NoSuchAlgorithmException {
        Path csv = file("items.csv", HEADER
                + "Ioana Popescu,2026-03-14,Towels,prosoape ș ț,12,,used-good,1.5,EUR,0.4,Shelf 2\n"
                + "Ioana Popescu,2026-03-15,Books,manuale,3,,new,2,EUR,1,Shelf 3\n");

        ImportResult result = new ItemImport(workspace).run(ImportFileAhead.start(csv), false, Progress.NONE);

        assertThat(result.written()).isEqualTo(2);
        assertThat(result.newDonors()).isEqualTo(1);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv)));
        assertThat(new ImportBatchRepository(workspace.database()).findBySha256(ItemImport.KIND, sha256))
                .hasValueSatisfying(batch -> assertThat(batch.rowCount()).isEqualTo(2));
    }

    @Test
    void theSameFileReadAheadAgainIsRefusedAsADuplicate() throws IOException {
        Path csv = file("items.csv", HEADER + "Ioana Popescu,2026-03-14,Towels,prosoape,12,,used-good,1.5,EUR,0.4,S2\n");
        new ItemImport(workspace).run(ImportFileAhead.start(csv), false, Progress.NONE);

        assertThat(catchThrowableOfType(() -> new ItemImport(workspace).run(ImportFileAhead.start(csv), false,
                Progress.NONE), ImportBatches.AlreadyImportedException.class)).isNotNull();
        assertThat(workspace.counts().items()).isEqualTo(1);
    }

    @Test
    void donorsReadAheadAreStored() throws IOException {
        Path csv = file("donors.csv", "name,kind,email\nRotary Club Lyon,business,contact@rotary-lyon.example\n");

        ImportResult result = new DonorImport(workspace).run(ImportFileAhead.start(csv), false, Progress.NONE);

        assertThat(result.written()).isEqualTo(1);
        assertThat(workspace.counts().donors()).isEqualTo(1);
    }

    @Test
    void aBadFileReadAheadIsRefusedWithTheSameSentencesAsOnAsking() throws IOException {
        Path missing = dir.resolve("missing.csv");
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        Path binary = dir.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        Path noColumns = file("columns.csv", "name,colour\nchair,red\n");
        Path badRow = file("bad-row.csv", HEADER + "Ioana,2026-03-14,Towels,prosoape,-4,,used-good,1.5,EUR,0.4,S2\n");

        for (Path each : List.of(missing, folder, binary, noColumns, badRow)) {
            List<Message> onAsking = refusal(file -> new ItemImport(workspace).run(file, false, Progress.NONE), each);
            List<Message> ahead = refusal(file -> new ItemImport(workspace).run(ImportFileAhead.start(file), false,
                    Progress.NONE), each);
            assertThat(ahead).as(each.getFileName().toString()).isNotEmpty().isEqualTo(onAsking);
        }
        assertThat(workspace.counts().items()).isZero();
    }

    private static List<Message> refusal(Function<Path, ImportResult> run, Path file) {
        UserInputException refused = catchThrowableOfType(() -> run.apply(file), UserInputException.class);
        assertThat(refused).as(file.getFileName().toString()).isNotNull();
        return refused.messages();
    }
}
