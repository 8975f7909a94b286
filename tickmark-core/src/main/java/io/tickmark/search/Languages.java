package io.tickmark.search;

/** Tells Chinese text from other text by its characters: enough Han characters among its letters. */
final class Languages {
    private static final double HAN_SHARE = 0.3;

    private Languages() {
    }

    /** Whether the text is Chinese: two Han characters or more, and at least 30% of its letters Han. */
    static boolean chinese(String text) {
        if (text == null) return false;
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) han++;
            }
            i += Character.charCount(cp);
        }
        return han >= 2 && han >= HAN_SHARE * letters;
    }
}
