import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AgencyCode } from '@ascc/contracts';
import type { PermissionKey } from '@ascc/contracts';
import { type RequestContext, ServiceError, assertAllowed, reachesRecord } from '@ascc/service-kit';
import { CulturalEventCoOrganiser } from './cultural-event-co-organiser.entity';
import { CulturalEvent } from './cultural-event.entity';
import { EVENT_LABEL } from './event-mappers';

const READ = 'culture.event.read';

/**
 * Whether the caller reads the event: under their grant (Culture's staff, the coordinator and admins
 * every event, anyone else their own agency's), or as one of its co-organising agencies — who read it
 * but never edit it (commands check `culture.event.update` against the organiser alone).
 */
export function readsEvent(
  ctx: RequestContext,
  event: Pick<CulturalEvent, 'agencyCode' | 'coOrganisers'>,
): boolean {
  return (
    reachesRecord(READ, ctx, event.agencyCode) ||
    event.coOrganisers.includes(ctx.caller.agencyCode as AgencyCode)
  );
}

/** The event the caller reads (404 for one they do not: a 403 would tell that it exists). */
export async function findReadableEvent(
  em: EntityManager,
  id: string,
  ctx: RequestContext,
): Promise<CulturalEvent> {
  assertAllowed(READ, ctx);
  const event = await em.findOne(CulturalEvent, { id });
  if (!event || !readsEvent(ctx, event)) throw ServiceError.notFound(EVENT_LABEL, id);
  return event;
}

/**
 * The event the caller changes (or manages the registrations of) under `permission`: one their grant
 * reaches. A co-organising agency, which reads the event anyway, is told 403 — it may read, not change;
 * anyone else gets the 404 of a missing event.
 */
export async function findEventToChange(
  em: EntityManager,
  id: string,
  ctx: RequestContext,
  permission: PermissionKey,
): Promise<CulturalEvent> {
  assertAllowed(permission, ctx);
  const event = await em.findOne(CulturalEvent, { id });
  if (event && reachesRecord(permission, ctx, event.agencyCode)) return event;
  if (event && readsEvent(ctx, event))
    throw new ServiceError(
      'FORBIDDEN',
      'A co-organising agency reads this event; only its organiser changes it',
    );
  throw ServiceError.notFound(EVENT_LABEL, id);
}

/** The ids of the events an agency co-organises, as a sub-query so the filter stays in the database. */
export function coOrganisedBy(em: EntityManager, agencyCode: string) {
  return (em as SqlEntityManager)
    .createQueryBuilder(CulturalEventCoOrganiser, 'o')
    .select('o.eventId')
    .where({ agencyCode })
    .getKnexQuery() as never;
}

/**
 * The filter of a list the caller reads, by organiser: none (or the organiser asked for) for a grant
 * over every agency; otherwise the caller's own agency's events and those it co-organises — asking for
 * another organiser narrows to the events of that organiser the caller co-organises.
 */
export function readableEvents(
  em: EntityManager,
  ctx: RequestContext,
  organiser: AgencyCode | undefined,
): FilterQuery<CulturalEvent> {
  const { reach } = assertAllowed(READ, ctx);
  if (reach === 'all') return organiser ? { agencyCode: organiser } : {};
  const own = ctx.caller.agencyCode as AgencyCode;
  if (organiser === own) return { agencyCode: own };
  const coOrganised = { id: { $in: coOrganisedBy(em, own) } };
  if (organiser) return { agencyCode: organiser, ...coOrganised };
  return { $or: [{ agencyCode: own }, coOrganised] };
}
