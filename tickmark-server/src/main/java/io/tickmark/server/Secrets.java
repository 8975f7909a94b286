package io.tickmark.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Masking secrets in what is printed, and hashing API keys so the keys file holds no key. */
final class Secrets {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)((?:password|api[_-]?key|token|secret)=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@;?]+:)[^@/]*@");

    private Secrets() {}

    static String redactUrl(String url) {
        if (url == null) return null;
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1***@");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java", e);
        }
    }
}
