import {
  BigIntType,
  DateTimeType,
  Entity,
  Index,
  type Opt,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { CurrencyCode, TransactionType } from '@ascc/contracts';

/**
 * Money in or out of a project (IATI transaction); the đồng equivalent is computed when recorded.
 * Never edited nor deleted: a mistake is reversed by a reversing entry (negated amount) and, for a
 * correction, a new entry; the project's totals sum every entry.
 */
@Entity({ tableName: 'aid_transaction' })
@Index({ properties: ['projectId', 'date', 'id'] })
@Index({ properties: ['date', 'type'] })
export class AidTransaction {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'string', length: 20 })
  type!: TransactionType;

  @Property({ type: 'string', length: 10 })
  date!: string;

  /** The exact decimal as entered, in `currency`. */
  @Property({ type: 'string', length: 24 })
  amount!: string;

  @Property({ type: 'string', length: 3 })
  currency!: CurrencyCode;

  @Property({ type: 'string', length: 24, nullable: true })
  exchangeRate?: string | null;

  @Property({ type: new BigIntType('number') })
  dongAmount!: number;

  @Property({ type: 'string', length: 500, nullable: true })
  description?: string | null;

  /**
   * On a reversing entry (a correction or a void): the transaction it cancels. Unique, so a transaction
   * is reversed at most once even by two requests at the same moment; the original is never changed.
   */
  @Property({ type: 'uuid', nullable: true })
  @Unique()
  reversesTransactionId?: string | null;

  /** Why a reversing entry was recorded (required on one, absent otherwise). */
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @Property({ type: 'string', length: 40 })
  createdBy!: string;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();
}
