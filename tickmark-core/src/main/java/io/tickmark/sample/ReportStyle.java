package io.tickmark.sample;

/** Layout choices that vary between sample companies, as they do between real filers. */
record ReportStyle(boolean serif, boolean balanceDatesPerColumn, String operationsTitle, String yearsWord) {
    static ReportStyle of(SampleCompany company) {
        long seed = company.seed();
        return new ReportStyle(
                Math.floorMod(seed, 3) != 2,
                Math.floorMod(seed / 2, 2) == 1,
                Math.floorMod(seed, 4) == 3 ? "CONSOLIDATED STATEMENTS OF INCOME" : "CONSOLIDATED STATEMENTS OF OPERATIONS",
                Math.floorMod(seed / 3, 2) == 1 ? "Years Ended" : "Year Ended");
    }

    /** The income statement's title in title case, as the table of contents names it. */
    String operationsName() {
        return operationsTitle.contains("INCOME") ? "Consolidated Statements of Income" : "Consolidated Statements of Operations";
    }
}
