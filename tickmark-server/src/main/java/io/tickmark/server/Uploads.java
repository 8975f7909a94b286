package io.tickmark.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Uploaded files: a safe name out of what the client sent, and the bytes saved with their SHA-256 under a size limit. */
final class Uploads {
    private Uploads() {}

    /** A file saved in a temporary place, with its SHA-256 and size. */
    record Saved(Path file, String sha256, long size) {
    }

    /**
     * The last path segment of a client's file name, with control characters and characters that file
     * systems refuse removed; "../../etc/passwd" gives "passwd", "C:\\x\\y.pdf" gives "y.pdf".
     *
     * @throws ApiException 400 when nothing usable is left (empty, ".", "..")
     */
    static String safeName(String clientName) {
        if (clientName == null) throw ApiException.badRequest("the uploaded file has no file name");
        String name = clientName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || "<>:\"|?*".indexOf(cp) >= 0) return;
            b.appendCodePoint(cp);
        });
        String clean = b.toString().strip();
        while (clean.startsWith(".")) clean = clean.substring(1);
        if (clean.isBlank()) {
            throw ApiException.badRequest("the file name '" + printable(clientName) + "' has no usable name (give it a name like report.pdf)");
        }
        if (clean.length() > 200) {
            int dot = clean.lastIndexOf('.');
            String ext = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, 200 - ext.length()) + ext;
        }
        return clean;
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }

    /**
     * Copies the stream into a new temporary file in {@code dir}, hashing it. Nothing is left behind
     * when it fails.
     *
     * @throws ApiException 413 when the content is larger than {@code maxBytes}, 400 when it is empty
     */
    static Saved save(InputStream in, Path dir, String name, long maxBytes) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".upload-", ".part");
        boolean ok = false;
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (InputStream din = new DigestInputStream(in, digest); OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = din.read(buffer)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new ApiException(413, "too_large", "file '" + name + "' is larger than the limit of "
                                + maxBytes + " bytes (upload.max.bytes)");
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) throw ApiException.badRequest("file '" + name + "' is empty");
            ok = true;
            return new Saved(tmp, HexFormat.of().formatHex(digest.digest()), size);
        } finally {
            if (!ok) Files.deleteIfExists(tmp);
        }
    }

    /** Moves a saved upload to {@code uploads/SHA/name}, replacing an earlier copy of the same bytes. */
    static Path keep(Saved saved, Path uploads, String name) throws IOException {
        Path folder = uploads.resolve(saved.sha256());
        Files.createDirectories(folder);
        Path target = folder.resolve(name).normalize();
        if (!target.getParent().equals(folder.normalize())) throw ApiException.badRequest("bad file name '" + name + "'");
        try (var old = Files.list(folder)) {
            for (Path p : old.toList()) if (!p.equals(target)) Files.deleteIfExists(p);
        }
        return Files.move(saved.file(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(folder);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
