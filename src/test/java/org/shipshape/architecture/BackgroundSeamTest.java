package org.shipshape.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ADR 0005 for the screens: a screen never reads or writes the database on the user-interface thread, where the one
 * lock on the SQLite connection would make the window wait behind any background write. Every call of a screen
 * into logic that may reach the database (a service, the customs documents, a loading session, an import, the
 * warehouse counts) sits in a lambda: the work handed to the background seam. The compiler puts a lambda's body in
 * a method of its own ({@code lambda$save$3}), so the rule reads the class files and looks at where each call is.
 * A helper that only background work calls is named {@code ...OnWorker}, and only lambdas may call it.
 * (ArchUnit's own model counts a lambda's calls as its enclosing method's; its bundled ASM reads the bytes.)
 */
class BackgroundSeamTest {
    /** The screens this rule covers (issue 13); planning, safety and settings have their own owners. */
    private static final List<String> SCREENS = List.of("app", "intake", "inventory", "donors", "categories",
            "imports", "packing", "labels", "shipments", "loading", "customs");
    /** Classes of logic whose calls may reach the database. */
    private static final Pattern REACHES_DATABASE = Pattern.compile(
            "org/shipshape/logic/.*/(\\w+Service|CustomsDocuments|LoadingSession|InKindReceipts|SampleWarehouse"
                    + "|LabelPrinting|\\w+Import|Workspace)");
    /** Calls that compute or read what is in memory only. */
    private static final Set<String> IN_MEMORY = Set.of("matchCategory", "tidy", "parseLanguages", "isReopening",
            "canLoad", "file", "user", "isReadOnly", "setUser", "database", "close", "defaultDatabase", "location",
            "isOnServer", "outputFolder");

    @Test
    void screensCallTheDatabaseOnlyFromWorkGivenToTheBackground() {
        List<String> onTheWindowThread = new ArrayList<>();
        for (JavaClass screenClass : new ClassFileImporter().withImportOption(
                ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(SCREENS.stream()
                .map(p -> "org.shipshape.gui." + p).toArray(String[]::new))) {
            callsOutsideLambdas(screenClass.reflect()).forEach(onTheWindowThread::add);
        }
        assertThat(onTheWindowThread).isEmpty();
    }

    private static List<String> callsOutsideLambdas(Class<?> type) {
        List<String> found = new ArrayList<>();
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream bytes = type.getResourceAsStream(resource)) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                                                 String[] exceptions) {
                    // a lambda's body, or a helper named for the worker it runs on (see the check below)
                    if (method.startsWith("lambda$") || method.endsWith("OnWorker")) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String name, String callDescriptor,
                                                    boolean isInterface) {
                            if (name.endsWith("OnWorker")) {
                                found.add(type.getSimpleName() + "." + method + " calls " + name
                                        + ", which runs on the background worker only, on the user-interface thread");
                            }
                            if (REACHES_DATABASE.matcher(owner).matches() && !IN_MEMORY.contains(name)
                                    && (!name.equals("<init>") || owner.endsWith("/LoadingSession"))) {
                                found.add(type.getSimpleName() + "." + method + " calls " + owner.substring(
                                        owner.lastIndexOf('/') + 1) + "." + name + " on the user-interface thread");
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
