package org.shipshape.logic.imports;

import org.shipshape.logic.text.Texts;
import org.shipshape.logic.donors.DonorService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;

class DonorImportTest {
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

    @Test
    void donorsAreImportedAndKnownNamesSkipped() throws Exception {
        new DonorService(workspace).save(Donor.named("Anna Smith", DonorKind.INDIVIDUAL));
        Path csv = dir.resolve("donors.csv");
        Files.writeString(csv, "Name;Kind;Email;Phone;Address;Notes\n"
                + "anna smith;;;;;\n"
                + "Lycée Jean Moulin;school;contact@lycee.example;0102;\"1 rue X\n69000 Lyon\";\n"
                + "Lycée Jean Moulin;school;;;;\n", StandardCharsets.UTF_8);
        DonorImport donorImport = new DonorImport(workspace);
        ImportPreview<Donor> preview = donorImport.preview(csv, Progress.NONE);
        assertThat(Texts.english(preview.problems())).isEmpty();
        assertThat(Texts.english(preview.notes())).containsExactly(
                "donors.csv:2: name: \"anna smith\" is already a donor; row skipped",
                "donors.csv:4: name: \"Lycée Jean Moulin\" repeats row 3; row skipped");
        ImportResult result = donorImport.write(preview, false, Progress.NONE);
        assertThat(result.written()).isEqualTo(1);
        Donor lycee = new DonorService(workspace).search("lycée").get(0);
        assertThat(lycee.kind()).isEqualTo(DonorKind.SCHOOL);
        assertThat(lycee.address()).isEqualTo("1 rue X\n69000 Lyon");
    }

    @Test
    void badKindAndEmailAreProblemsAndNothingIsWritten() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "name,kind,email\nAcme,company,acme\n", StandardCharsets.UTF_8);
        ImportPreview<Donor> preview = new DonorImport(workspace).preview(csv, Progress.NONE);
        assertThat(Texts.english(preview.problems())).containsExactly(
                "bad.csv:2: kind: \"company\" is not known; use one of individual, business, church, school, other",
                "bad.csv:2: email: \"acme\" is not an e-mail address; write it like name@example.org or leave it empty");
        assertThat(preview.rows()).isEmpty();
        assertThat(workspace.counts().donors()).isZero();
    }
}
