import type { AidTransaction } from '@ascc/contracts';

export interface TransactionWithTotals extends AidTransaction {
  runningCommitted: number;
  runningDisbursed: number;
}

/** Running totals down a project's transactions, oldest first, in đồng (integers, so exact). */
export function withRunningTotals(transactions: readonly AidTransaction[]): TransactionWithTotals[] {
  let committed = 0;
  let disbursed = 0;
  return transactions.map((tx) => {
    if (tx.type === 'commitment') committed += tx.dongAmount;
    if (tx.type === 'disbursement') disbursed += tx.dongAmount;
    return { ...tx, runningCommitted: committed, runningDisbursed: disbursed };
  });
}
