package org.shipshape.logic.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.safety.ImmutableFile;
import org.shipshape.logic.safety.SmallDisk;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;

/**
 * The customs pack is written as a unit (issue 14, item 6): a file that cannot be replaced or a full disk leaves
 * the folder as it was and stores no revision, and the message names the file.
 */
class PackAsOneTest {
    private static final String REF = "MLI-2026-01";

    @TempDir
    Path folder;
    private Workspace workspace;
    private CustomsDocuments documents;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.open(folder.resolve("t.db"), false, "Test volunteer");
        new CustomsFixture(workspace).completeShipment(REF, Language.FR);
        documents = new CustomsDocuments(workspace,
                Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private static Map<String, byte[]> contents(Path folder) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void aFileThatCannotBeReplacedLeavesTheWholePackAsItWasAndStoresNoRevision() throws Exception {
        Path out = Files.createDirectory(folder.resolve("out"));
        documents.writePack(REF, null, false, out, Progress.NONE);
        Map<String, byte[]> revisionOne = contents(out);

        try (ImmutableFile openInAViewer = ImmutableFile.of(out.resolve("hs-summary.pdf"))) {
            assertThatThrownBy(() -> documents.writePack(REF, null, false, out, Progress.NONE))
                    .isInstanceOf(UserInputException.class)
                    .hasMessageContaining(out.resolve("hs-summary.pdf").toString())
                    .hasMessageContaining("no revision was stored");
        }
        Map<String, byte[]> after = contents(out);
        assertThat(after.keySet()).isEqualTo(revisionOne.keySet());
        revisionOne.forEach((name, bytes) -> assertThat(after.get(name)).as(name + " is still revision 1")
                .isEqualTo(bytes));
        assertThat(documents.revisions(REF)).allSatisfy(r -> assertThat(r.revision()).isEqualTo(1));
        assertThat(documents.writePack(REF, null, false, out, Progress.NONE).revision()).isEqualTo(2);
    }

    @Test
    void aFullDiskWritesNoFileAndStoresNoRevision() throws Exception {
        try (SmallDisk stick = SmallDisk.mount(folder.resolve("stick"), 64)) {
            stick.fill();
            assertThatThrownBy(() -> documents.writePack(REF, null, false, stick.folder(), Progress.NONE))
                    .isInstanceOf(UserInputException.class)
                    .hasMessageContaining("the disk holding " + stick.folder() + " is full")
                    .hasMessageContaining("no revision was stored");
            try (Stream<Path> left = Files.list(stick.folder())) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly("filler.bin");
            }
        }
        assertThat(documents.revisions(REF)).isEmpty();
    }
}
