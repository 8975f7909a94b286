package io.tickmark.search;

import io.tickmark.document.Page;
import io.tickmark.document.TextLine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the headings of a filing page by page: the current Item ("Item 7. Management's Discussion ...")
 * and, inside it, the current note ("Note 5. Income Taxes"). A table-of-contents page, which lists many
 * items, changes nothing.
 */
final class Sections {
    private static final Pattern ITEM = Pattern.compile(
            "(?i)^(?:PART\\s+[IV]+\\s*[,.:\\-—–]?\\s*)?ITEM\\s+(\\d{1,2}[A-C]?)\\s*(?:[.:\\-—–]\\s*)*(.{0,110})$");
    private static final Pattern NOTE = Pattern.compile(
            "^(?:NOTE|Note)\\s+(\\d{1,2}|[A-Z])\\s*[.:\\-—–]?\\s+([A-Z][^.]{2,90})$");
    private static final Pattern NOTES_TITLE = Pattern.compile("(?i)^notes\\s+to\\s+(?:the\\s+)?consolidated\\s+financial\\s+statements\\b.{0,40}$");
    private static final Pattern PAGE_NUMBER_AT_END = Pattern.compile("\\s\\d{1,3}$");
    private static final int TABLE_OF_CONTENTS = 4;
    /** A heading title ending in one of these words goes on on the next line ("... RESULTS OF" / "OPERATIONS"). */
    private static final Pattern DANGLING = Pattern.compile("(?i)(?:\\s(?:of|and|or|the|for|in|on|to|from|with|by|a|an|&)|[,&—–-])$");
    private static final Pattern CONTINUATION = Pattern.compile("^[A-Z][A-Za-z’'&,\\- ]{1,60}$");

    private String item = "";
    private String note = "";
    /** Whether the item heading just read breaks off mid-phrase, to be finished by the next line. */
    private boolean itemGoesOn;

    /** Whether the page is a table of contents (many item headings), whose headings must not move the section. */
    boolean tableOfContents(Page page) {
        int items = 0;
        for (TextLine line : page.lines()) if (heading(line.text()) != null) items++;
        return items >= TABLE_OF_CONTENTS;
    }

    /**
     * Reads one line: when it is a heading the section moves on; returns whether it was one. The line after an item
     * heading that breaks off mid-phrase finishes it ({@link #current} changes, but no new section begins: false).
     */
    boolean read(String line) {
        String text = line.strip();
        boolean goesOn = itemGoesOn;
        itemGoesOn = false;
        String item = heading(text);
        if (item != null) {
            this.item = item;
            this.note = "";
            itemGoesOn = DANGLING.matcher(item).find();
            return true;
        }
        if (goesOn && CONTINUATION.matcher(text).matches()) {
            // the second line of a heading printed on two: part of the heading, not a new section
            this.item = this.item + " " + text.replaceAll("\\s+", " ");
            return false;
        }
        Matcher n = NOTE.matcher(text);
        // "Note 22. Segment and Revenue Information 109" is an entry of a list of notes with its page, not a heading
        if (n.matches() && !text.endsWith(".") && !PAGE_NUMBER_AT_END.matcher(n.group(2)).find()) {
            this.note = "Note " + n.group(1) + ". " + n.group(2).strip();
            return true;
        }
        if (NOTES_TITLE.matcher(text).matches() && note.isEmpty()) {
            this.note = "Notes to Consolidated Financial Statements";
            return true;
        }
        return false;
    }

    /** The section in force: the item, then the note after " › " when inside one. */
    String current() {
        if (note.isEmpty()) return item;
        return item.isEmpty() ? note : item + " › " + note;
    }

    /** "Item 7. Management's Discussion ..." for an item heading line, else null. */
    static String heading(String text) {
        Matcher m = ITEM.matcher(text.strip());
        if (!m.matches()) return null;
        String title = m.group(2).strip();
        // "Item 1. Business—Regulation sections in this Form 10-K" begins a sentence that refers to an item
        if (title.toLowerCase().contains(" of this ") || title.toLowerCase().contains(" in this ") || title.endsWith(",")) return null;
        if (!title.isEmpty() && !Character.isUpperCase(title.charAt(0))) return null;
        title = title.replaceAll("\\s+\\d{1,3}$", "").replaceAll("[.\\s]+$", "");
        return "Item " + m.group(1).toUpperCase() + (title.isEmpty() ? "" : ". " + title);
    }
}
