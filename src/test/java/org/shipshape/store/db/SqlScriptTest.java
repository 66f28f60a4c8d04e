package org.shipshape.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {
    @Test
    void semicolonsInsideTextAndCommentsDoNotEndAStatement() {
        String script = "-- a comment; with a semicolon\nINSERT INTO t VALUES ('a;b', 'it''s; fine');\n"
                + "/* block; comment */ SELECT 1;\n\n";
        assertThat(SqlScript.statements(script))
                .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 1");
    }
}
