import type { EntityManager, MikroORM } from '@mikro-orm/core';
import {
  DOMAIN_EVENTS,
  type EventContract,
  type RecordChanged,
  type RecordChangedSchema,
  liveKindOf,
} from '@ascc/contracts';
import { recordEvent } from './outbox';

type Contract = EventContract<typeof RecordChangedSchema>;

/** The `<service>.record.changed` contract of each ORM whose service announces its changes. */
const announcers = new WeakMap<object, Contract>();

/**
 * Makes every audited change written through `orm` (recordAudit) also write `<service>.record.changed`
 * to the outbox, in the same flush: each command already writes exactly one audit line per change, so
 * no command has to remember to announce it. A service without that event in its contracts (the
 * gateway's identity, the reporting read model) announces nothing.
 */
export function announceRecordChanges(orm: MikroORM, service: string): void {
  const contract = DOMAIN_EVENTS[service]?.find((e) => e.subject === `${service}.record.changed`);
  if (contract) announcers.set(orm.config, contract as Contract);
}

/**
 * Called by recordAudit: the change of a record of a live kind, in the record's agency (given, or read
 * from its snapshot). An entity that is no live kind, or whose agency is unknown, is not announced: the
 * gateway could not tell who may see it.
 */
export function announceChange(
  em: EntityManager,
  entry: {
    entity: string;
    entityId: string;
    action: RecordChanged['action'];
    agencyCode?: string;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
    fields: string[];
    by: string;
  },
): void {
  const contract = announcers.get(em.config);
  const kind = liveKindOf(entry.entity);
  if (!contract || !kind) return;
  const agencyCode = entry.agencyCode ?? entry.after?.agencyCode ?? entry.before?.agencyCode;
  if (typeof agencyCode !== 'string' || !agencyCode) return;
  const version = entry.after?.version;
  recordEvent(em, contract, {
    kind,
    id: entry.entityId,
    agencyCode,
    action: entry.action,
    version: typeof version === 'number' ? version : null,
    fields: entry.fields,
    by: entry.by,
  });
}
