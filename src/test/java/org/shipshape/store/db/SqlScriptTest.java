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

    @Test
    void aTriggerBodyStaysOneStatement() {
        String script = "CREATE TRIGGER t_check BEFORE INSERT ON t WHEN NEW.x > 1\nBEGIN\n"
                + "    SELECT RAISE(ABORT, 'x; too big');\n    SELECT 2;\nEND;\nSELECT 3;";
        assertThat(SqlScript.statements(script)).containsExactly(
                "CREATE TRIGGER t_check BEFORE INSERT ON t WHEN NEW.x > 1\nBEGIN\n"
                        + "    SELECT RAISE(ABORT, 'x; too big');\n    SELECT 2;\nEND", "SELECT 3");
    }
}
