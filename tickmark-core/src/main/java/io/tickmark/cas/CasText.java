package io.tickmark.cas;

import java.util.HashMap;
import java.util.Map;

/**
 * Text helpers for Chinese reports: full-width ASCII folded to half-width, the ideographic space to a
 * space, and the traditional characters that statement titles, headers and line items use folded to
 * their simplified forms, so one set of rules reads both.
 */
public final class CasText {
    private static final String TRADITIONAL =
            "資產負債現潤營業總計額淨權東應帳賬費務損減稅項動報與關經籌購無長預開發歸屬於數釋併貨幣單萬億餘攤銷財構當處變價執"
                    + "錢備據薪並繳遞賬專儲準輸會計師審聯營優證劃結轉讓廠設備產運監監兌換匯幣標簽實際額們這為來對時從後歷";
    private static final String SIMPLIFIED =
            "资产负债现润营业总计额净权东应账账费务损减税项动报与关经筹购无长预开发归属于数释并货币单万亿余摊销财构当处变价执"
                    + "钱备据薪并缴递账专储准输会计师审联营优证划结转让厂设备产运监监兑换汇币标签实际额们这为来对时从后历";
    private static final Map<Character, Character> FOLD = new HashMap<>();

    static {
        for (int i = 0; i < Math.min(TRADITIONAL.length(), SIMPLIFIED.length()); i++) {
            FOLD.put(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
        }
    }

    private CasText() {
    }

    /** Full-width forms to ASCII, the ideographic space to a space, traditional characters to simplified. */
    public static String normalize(String text) {
        if (text == null) return null;
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF08' && c != '\uFF09' && c != '\uFF1A' && c != '\uFF0C') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            } else {
                Character s = FOLD.get(c);
                if (s != null) c = s;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Normalized with every kind of white space removed: how labels and titles are compared. */
    public static String squash(String text) {
        return normalize(text).replaceAll("[\\s\u00a0]+", "");
    }

    /** Whether the text is mostly CJK ideographs among its letters. */
    public static boolean isChinese(String text) {
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) cjk++;
            else if (c < 128 && Character.isLetter(c)) latin++;
        }
        return cjk > 0 && cjk >= latin;
    }

    /** Whether a character is a CJK ideograph. */
    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
