import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { AUDIT_ACTIONS } from '@ascc/contracts';

/**
 * One line of the append-only audit log, in each service's own database. Written in the transaction of
 * the change it records, so a failed audit write fails the change; database triggers (hand-written
 * migrations) refuse any update or delete of it.
 */
@Entity({ tableName: 'audit_record' })
@Index({ properties: ['entity', 'entityId', 'at'] })
@Index({ properties: ['at', 'id'] })
@Index({ properties: ['username', 'at'] })
export class AuditRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: DateTimeType })
  at: Date & Opt = new Date();

  @Property({ type: 'string', length: 60 })
  entity!: string;

  @Property({ type: 'string', length: 64 })
  entityId!: string;

  @Property({ type: 'string', length: 16 })
  action!: (typeof AUDIT_ACTIONS)[number];

  @Property({ type: 'string', length: 64 })
  userId!: string;

  @Property({ type: 'string', length: 40 })
  username!: string;

  @Property({ type: 'string', length: 32 })
  agencyCode!: string;

  @Property({ type: 'json' })
  changes!: Record<string, { before?: unknown; after?: unknown }>;

  @Property({ type: 'string', length: 64, nullable: true })
  correlationId?: string | null;
}
