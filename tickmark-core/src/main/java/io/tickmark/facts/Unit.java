package io.tickmark.facts;

/** What a value counts: money in a currency, money per share, shares, a pure number or a percentage. */
public record Unit(Kind kind, String currency) {
    public enum Kind { MONEY, PER_SHARE, SHARES, PURE, PERCENT }

    public Unit {
        if (kind == null) throw new IllegalArgumentException("unit has no kind");
        if ((kind == Kind.MONEY || kind == Kind.PER_SHARE) && (currency == null || currency.isBlank())) {
            throw new IllegalArgumentException(kind + " unit needs a currency");
        }
        if (kind != Kind.MONEY && kind != Kind.PER_SHARE) currency = null;
    }

    public static Unit money(String currency) {
        return new Unit(Kind.MONEY, currency);
    }

    public static Unit perShare(String currency) {
        return new Unit(Kind.PER_SHARE, currency);
    }

    public static final Unit SHARES = new Unit(Kind.SHARES, null);
    public static final Unit PURE = new Unit(Kind.PURE, null);
    public static final Unit PERCENT = new Unit(Kind.PERCENT, null);

    /** "USD", "USD/share", "shares", "pure", "%". */
    public String code() {
        return switch (kind) {
            case MONEY -> currency;
            case PER_SHARE -> currency + "/share";
            case SHARES -> "shares";
            case PURE -> "pure";
            case PERCENT -> "%";
        };
    }

    public static Unit parse(String code) {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("empty unit code");
        return switch (code) {
            case "shares" -> SHARES;
            case "pure" -> PURE;
            case "%" -> PERCENT;
            default -> code.endsWith("/share") ? perShare(code.substring(0, code.length() - 6)) : money(code);
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
