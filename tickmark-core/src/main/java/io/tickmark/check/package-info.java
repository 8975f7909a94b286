/**
 * Accounting checks over a document's mapped statements: the balance-sheet identity, subtotals
 * from the taxonomy's sums_to as the statement prints them, gross profit, the cash roll-forward
 * and the tie of net income between statements. Input is {@link io.tickmark.check.StatementValues};
 * failures are data ({@link io.tickmark.check.CheckResult}) that lower the confidence of the values involved.
 */
package io.tickmark.check;
