package org.shipshape.store.db;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a SQL script into statements, honouring quotes and comments (a ';' inside text is not an end) and trigger
 * bodies (the ';' after each statement between BEGIN and END belongs to the CREATE TRIGGER).
 */
public final class SqlScript {
    private SqlScript() {
    }

    public static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                current.append('\n');
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                current.append(' ');
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n) {
                    if (script.charAt(end) == c) {
                        if (end + 1 < n && script.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                current.append(script, i, Math.min(end + 1, n));
                i = end + 1;
            } else if (c == ';' && insideTriggerBody(current)) {
                current.append(c);
                i++;
            } else if (c == ';') {
                addIfNotBlank(result, current);
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        addIfNotBlank(result, current);
        return result;
    }

    private static final Pattern TRIGGER = Pattern.compile("(?is)\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b.*");
    private static final Pattern ENDED = Pattern.compile("(?is).*\\bEND\\s*");

    private static boolean insideTriggerBody(StringBuilder statement) {
        String text = statement.toString();
        return TRIGGER.matcher(text).matches() && !ENDED.matcher(text).matches();
    }

    private static void addIfNotBlank(List<String> result, StringBuilder statement) {
        String text = statement.toString().trim();
        if (!text.isEmpty()) {
            result.add(text);
        }
    }
}
