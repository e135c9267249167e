import { randomUUID } from 'node:crypto';
import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Fields every service record carries: a UUID, an optimistic-lock version (two people editing the same
 * record get a 409, not a lost update), timestamps, and a diacritics-free search column.
 */
export abstract class PlanRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @Property({ type: 'datetime', index: true })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'text', lazy: true, hidden: true })
  searchText: string & Opt = '';
}

/** The record fields in their wire form (ISO timestamps). */
export function recordMeta(record: PlanRecord) {
  return {
    id: record.id,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
