package io.tickmark.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** JDBC URL helpers: masking passwords before a URL goes into a message, and the default H2 URL. */
final class JdbcUrls {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@;?]+:)[^@/]*@");

    private JdbcUrls() {}

    /** The text with every password in a JDBC URL replaced by ***, e.g. {@code ?password=***}. */
    static String redact(String text) {
        if (text == null) return null;
        String masked = PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1***@");
    }

    /**
     * The URL of the H2 file database {@code dataDir/tickmark} (files tickmark.mv.db etc.). WRITE_DELAY=0
     * writes each commit to the file at once, so a saved spread survives the process being killed
     * (H2's default delays writes by up to half a second).
     */
    static String h2File(Path dataDir) {
        if (dataDir == null) throw new IllegalArgumentException("no data directory for the default store");
        String path = dataDir.toAbsolutePath().normalize().resolve("tickmark").toString();
        if (path.contains(";")) {
            throw new IllegalArgumentException("data directory " + dataDir + " contains ';', which an H2 URL cannot hold");
        }
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0";
    }
}
