package io.tickmark.statement;

/**
 * Whose statement it is: the group's consolidated statement (the default everywhere) or the parent
 * company's own (Chinese annual reports print both: 合并 and 母公司). The two are never mixed.
 */
public enum Scope {
    CONSOLIDATED("consolidated", "合并"),
    PARENT("parent company", "母公司");

    private final String english;
    private final String chinese;

    Scope(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }
}
