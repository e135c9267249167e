import { randomUUID } from 'node:crypto';
import {
  BlobType,
  DateTimeType,
  Entity,
  Index,
  ManyToOne,
  type Opt,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import type { ATTACHMENT_KINDS } from '@ascc/contracts';
import { BudgetLine } from './budget-line.entity';

/**
 * A supporting document of a budget line (a quote, a decision). As for an event's attachments, the
 * bytes live in the database beside their metadata: one transaction, no orphan file, in the backup.
 * A line removed from the estimate takes its documents with it.
 */
@Entity({ tableName: 'budget_line_attachment' })
@Index({ properties: ['estimateId', 'createdAt'] })
export class BudgetLineAttachment {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => BudgetLine, { ref: true, deleteRule: 'cascade' })
  line!: Ref<BudgetLine>;

  /** The line's estimate, so the editor lists all of an estimate's documents at once. */
  @Property({ type: 'uuid' })
  estimateId!: string;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'string', length: 120 })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 16 })
  kind!: (typeof ATTACHMENT_KINDS)[number];

  @Property({ type: BlobType, lazy: true })
  bytes!: Buffer;

  @Property({ type: 'string', length: 40 })
  uploadedBy!: string;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();
}
