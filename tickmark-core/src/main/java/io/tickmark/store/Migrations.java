package io.tickmark.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a store's schema already holds every migration Tickmark ships, so opening it can skip Flyway
 * (whose configuration, classpath scan and validation cost more than the rest of a short command's
 * store work). Any doubt (no history table, a failed or unknown row, migrations that cannot be listed)
 * answers false, and Flyway then migrates and validates exactly as before.
 */
final class Migrations {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.sql");

    private Migrations() {}

    /** True only when the schema history lists, as successful, exactly the versions shipped on the classpath. */
    static boolean upToDate(Connection c) {
        Set<String> shipped = shipped();
        if (shipped == null || shipped.isEmpty()) return false;
        Set<String> applied = new HashSet<>();
        boolean autoCommit = true;
        try {
            autoCommit = c.getAutoCommit();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) return false;
                    applied.add(normalise(rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            // no history table yet (a new store), or a database that words it otherwise: Flyway decides
            if (!autoCommit) rollback(c);
            return false;
        }
        return applied.equals(shipped);
    }

    /** The versions of the migration scripts on the classpath, or null when they cannot be listed. */
    static Set<String> shipped() {
        Set<String> out = new HashSet<>();
        try {
            Enumeration<URL> roots = Migrations.class.getClassLoader().getResources(LOCATION);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                        files.forEach(f -> add(out, f.getFileName().toString()));
                    }
                } else if (root.getProtocol().equals("jar")) {
                    URLConnection connection = root.openConnection();
                    if (!(connection instanceof JarURLConnection jar)) return null;
                    String prefix = LOCATION + "/";
                    jar.getJarFile().stream()
                            .map(e -> e.getName())
                            .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                            .forEach(n -> add(out, n.substring(prefix.length())));
                } else {
                    return null;
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
        return out;
    }

    private static void add(Set<String> versions, String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) versions.add(normalise(m.group(1)));
    }

    /** Flyway's version text: {@code 1_1} and {@code 1.1} are the same version, leading zeros of a part don't count. */
    static String normalise(String version) {
        String[] parts = version.trim().replace('_', '.').split("\\.");
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            String digits = p.replaceFirst("^0+(?=\\d)", "");
            if (b.length() > 0) b.append('.');
            b.append(digits);
        }
        // trailing ".0" parts don't change a version (1.0 == 1)
        return b.toString().replaceFirst("(\\.0)+$", "");
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed or reused by the caller; Flyway opens its own
        }
    }
}
