package io.tickmark.search;

/** Tells Chinese text from other text by its characters: enough Han characters among its letters. */
final class Languages {
    private static final double HAN_SHARE = 0.3;

    private Languages() {
    }

    /**
     * Whether the text is Chinese: two Han characters or more, making at least 30% of its words (each Han
     * character counting as a word, as does each run of other letters: "营业收入 (RMB million)" is Chinese).
     */
    static boolean chinese(String text) {
        if (text == null) return false;
        int han = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean isHan = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (isHan) han++;
            boolean letter = Character.isLetter(cp) && !isHan;
            if (letter && !inWord) words++;
            inWord = letter;
            i += Character.charCount(cp);
        }
        return han >= 2 && han >= HAN_SHARE * (han + words);
    }
}
