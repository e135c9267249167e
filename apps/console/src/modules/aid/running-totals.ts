import { type AidTransaction, type DongTotal, addDong } from '@ascc/contracts';

export interface TransactionWithTotals extends AidTransaction {
  runningCommitted: DongTotal;
  runningDisbursed: DongTotal;
}

/**
 * Running totals down a project's transactions, oldest first, in đồng, exactly (bigint: a project's
 * totals may pass 2^53). Reversing entries are negative, so a voided transaction nets to nothing.
 */
export function withRunningTotals(transactions: readonly AidTransaction[]): TransactionWithTotals[] {
  let committed: DongTotal = '0';
  let disbursed: DongTotal = '0';
  return transactions.map((tx) => {
    if (tx.type === 'commitment') committed = addDong(committed, tx.dongAmount);
    if (tx.type === 'disbursement') disbursed = addDong(disbursed, tx.dongAmount);
    return { ...tx, runningCommitted: committed, runningDisbursed: disbursed };
  });
}
