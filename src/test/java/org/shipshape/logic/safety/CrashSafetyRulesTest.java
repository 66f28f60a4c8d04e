package org.shipshape.logic.safety;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crash-safety rules of docs/RELIABILITY.md, checked on every class of the app (including the ones other
 * features add later): files are written only through AtomicFileWriter, and transactions are begun and ended
 * only by Database (and the Migrator), so every repository change goes through {@code db.write}.
 */
class CrashSafetyRulesTest {
    private static final Set<String> FILE_WRITING_METHODS = Set.of("write", "writeString", "newOutputStream",
            "newBufferedWriter", "copy", "newByteChannel");
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shipshape");
    }

    @Test
    void everyFileIsWrittenThroughAtomicFileWriter() {
        DescribedPredicate<JavaMethodCall> writesThroughFiles = DescribedPredicate.describe(
                "write a file with java.nio.file.Files", call -> call.getTargetOwner().isEquivalentTo(Files.class)
                        && FILE_WRITING_METHODS.contains(call.getName()));
        DescribedPredicate<JavaConstructorCall> opensAFileForWriting = DescribedPredicate.describe(
                "open a FileOutputStream, FileWriter or RandomAccessFile",
                call -> call.getTargetOwner().isEquivalentTo(FileOutputStream.class)
                        || call.getTargetOwner().isEquivalentTo(FileWriter.class)
                        || call.getTargetOwner().isEquivalentTo(RandomAccessFile.class));
        DescribedPredicate<JavaMethodCall> savesAPdfToAFile = DescribedPredicate.describe(
                "save a PDF straight to a file", call -> call.getTargetOwner().getName()
                        .equals("org.apache.pdfbox.pdmodel.PDDocument") && call.getName().equals("save")
                        && !call.getTarget().getRawParameterTypes().get(0).isAssignableTo(java.io.OutputStream.class));
        noClasses().that().doNotHaveFullyQualifiedName("org.shipshape.logic.io.AtomicFileWriter")
                .should().callMethodWhere(writesThroughFiles).orShould().callMethodWhere(savesAPdfToAFile).orShould().callConstructorWhere(opensAFileForWriting)
                .because("a crash must never leave a half-written file under its real name: write through"
                        + " AtomicFileWriter (temporary file in the same folder, then an atomic rename)")
                .check(classes);
    }

    @Test
    void transactionsAreOnlyBegunAndEndedByTheDatabase() {
        DescribedPredicate<JavaMethodCall> controlsATransaction = DescribedPredicate.describe(
                "control a transaction", call -> call.getTargetOwner().isAssignableTo(Connection.class)
                        && Set.of("setAutoCommit", "commit", "rollback", "setSavepoint").contains(call.getName()));
        noClasses().that().doNotHaveFullyQualifiedName("org.shipshape.store.db.Database")
                .and().doNotHaveFullyQualifiedName("org.shipshape.store.db.Migrator")
                .should().callMethodWhere(controlsATransaction)
                .because("every multi-row change is one transaction through Database.write")
                .check(classes);
    }
}
