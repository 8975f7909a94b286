package io.tickmark.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * API keys, each belonging to a workspace and naming its user. The file ({@code DATA_DIR/api-keys.tsv},
 * one {@code sha256-of-key TAB workspace TAB user} a line) holds only hashes: a key is shown once, when
 * it is made.
 */
public final class AccessKeys {
    /** Who is calling: the workspace the key opens and the user it names (the author of corrections). */
    public record Caller(String workspace, String user) {
    }

    private static final Pattern WORKSPACE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}._@ -]{1,100}");
    private final Path file;
    private final Map<String, Caller> byHash = new ConcurrentHashMap<>();

    private AccessKeys(Path file) {
        this.file = file;
    }

    /** The keys in {@code dataDir/api-keys.tsv} (none when the file is missing). */
    public static AccessKeys load(Path dataDir) throws IOException {
        AccessKeys keys = new AccessKeys(dataDir.resolve("api-keys.tsv"));
        if (Files.exists(keys.file)) {
            int n = 0;
            for (String line : Files.readAllLines(keys.file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3 || f[0].length() != 64) {
                    throw new IllegalArgumentException(keys.file + " line " + n + ": expected 'sha256 TAB workspace TAB user'");
                }
                keys.byHash.put(f[0], new Caller(f[1], f[2]));
            }
        }
        return keys;
    }

    /** Whether any key exists. */
    public boolean isEmpty() {
        return byHash.isEmpty();
    }

    /** The caller a key opens, if it is a key of this server. */
    public Optional<Caller> check(String key) {
        if (key == null || key.isBlank() || key.length() > 200) return Optional.empty();
        return Optional.ofNullable(byHash.get(Secrets.sha256(key.trim())));
    }

    /**
     * Makes a new key for the user in the workspace, saves its hash and returns the key (shown once).
     *
     * @throws IllegalArgumentException when the workspace or user name is not allowed
     */
    public synchronized String create(String workspace, String user) throws IOException {
        if (workspace == null || !WORKSPACE.matcher(workspace).matches()) {
            throw new IllegalArgumentException("workspace '" + workspace + "': use 1-40 of a-z, 0-9, '-' and '_', starting with a letter or digit");
        }
        if (user == null || !USER.matcher(user).matches()) {
            throw new IllegalArgumentException("user '" + user + "': use 1-100 letters, digits, spaces and . _ @ -");
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String key = "tk_" + HexFormat.of().formatHex(random);
        String hash = Secrets.sha256(key);
        List<String> lines = new ArrayList<>();
        if (Files.exists(file)) lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        else lines.add("# Tickmark API keys: sha256 of the key, workspace, user. Keys themselves are never stored.");
        lines.add(hash + "\t" + workspace + "\t" + user);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        byHash.put(hash, new Caller(workspace, user));
        return key;
    }
}
