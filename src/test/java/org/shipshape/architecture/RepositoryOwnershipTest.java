package org.shipshape.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One repository per aggregate: every table is written (INSERT, UPDATE, DELETE) by exactly one class of the store.
 * Another aggregate that must change it in the same transaction calls that repository, whose write joins the
 * outer transaction. ArchUnit cannot see SQL text, so this reads the store's sources.
 */
class RepositoryOwnershipTest {
    private static final Path STORE = Path.of("src/main/java/org/shipshape/store");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:INSERT(?: OR \\w+)? INTO|UPDATE|DELETE FROM|REPLACE INTO)\\s+([a-z_]+)\\b");

    /** Table to the store classes whose SQL writes it. */
    static Map<String, Set<String>> writersByTable() throws IOException {
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(STORE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                StringBuilder literals = new StringBuilder();
                Matcher literal = STRING_LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    literals.append(literal.group(1)).append(' ');
                }
                Matcher write = WRITE.matcher(literals);
                while (write.find()) {
                    String table = write.group(1);
                    if (!table.equals("set")) { // "ON CONFLICT ... DO UPDATE SET" writes the INSERT's own table
                        writers.computeIfAbsent(table, t -> new TreeSet<>()).add(STORE.relativize(file).toString());
                    }
                }
            }
        }
        return writers;
    }

    @Test
    void everyTableIsWrittenByOneRepository() throws IOException {
        Map<String, Set<String>> writers = writersByTable();
        assertThat(writers).as("tables written by the store").containsKeys("parcel", "shipment", "donated_item");
        assertThat(writers).allSatisfy((table, classes) -> assertThat(classes)
                .as("classes writing table %s", table).hasSize(1));
    }

    @Test
    void theScanSeesWritesInsideConcatenatedSql() {
        Matcher write = WRITE.matcher("UPDATE parcel SET status = ? WHERE id = ? INSERT INTO load_record (a) ");
        assertThat(write.find()).isTrue();
        assertThat(write.group(1)).isEqualTo("parcel");
        assertThat(write.find()).isTrue();
        assertThat(write.group(1)).isEqualTo("load_record");
    }
}
