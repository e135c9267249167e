import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import type { CulturalEventDetail, EventOverlap } from '@ascc/contracts';
import { type RequestContext, databaseKind } from '@ascc/service-kit';
import { CulturalEventAttachment } from './cultural-event-attachment.entity';
import { CulturalEventCoOrganiser } from './cultural-event-co-organiser.entity';
import { CulturalEventCountry } from './cultural-event-country.entity';
import { CulturalEvent } from './cultural-event.entity';
import { assertFresh } from './event-guards';
import { findEventToChange } from './event-reach';
import { attachmentDto, toDto } from './event-mappers';
import { VENUE_OCCUPYING_STATUSES, aseanCountries } from './event-rules';
import { sqlOf } from './sql';

/** An event keeps at most this many attachments. */
export const MAX_ATTACHMENTS = 50;

/**
 * The event a command changes: one the caller may update (404 or 403 otherwise), at the version the caller
 * read (409 naming the version it is at now otherwise).
 */
export async function eventToChange(
  em: EntityManager,
  id: string,
  version: number,
  ctx: RequestContext,
): Promise<CulturalEvent> {
  const event = await findEventToChange(em, id, ctx, 'culture.event.update');
  assertFresh(event, version);
  return event;
}

/** Replaces the event's country rows (for reports) with its current participating countries. */
export async function writeCountries(em: EntityManager, event: CulturalEvent): Promise<void> {
  await em.nativeDelete(CulturalEventCountry, { eventId: event.id });
  const asean = new Set(aseanCountries(event.countryCodes, event.startDate));
  if (event.countryCodes.length) {
    await em.insertMany(
      CulturalEventCountry,
      event.countryCodes.map((countryCode) => ({
        eventId: event.id,
        countryCode,
        asean: asean.has(countryCode),
      })),
    );
  }
}

/** Replaces the event's co-organiser rows (for co-organisers' reads) with its current co-organisers. */
export async function writeCoOrganisers(em: EntityManager, event: CulturalEvent): Promise<void> {
  await em.nativeDelete(CulturalEventCoOrganiser, { eventId: event.id });
  if (event.coOrganisers.length) {
    await em.insertMany(
      CulturalEventCoOrganiser,
      event.coOrganisers.map((agencyCode) => ({ eventId: event.id, agencyCode })),
    );
  }
}

/** Other events at the same venue whose dates cross this one's (postponed and cancelled ones free it). */
export async function findOverlaps(
  em: EntityManager,
  event: Pick<CulturalEvent, 'id' | 'venueKey' | 'startDate' | 'endDate'>,
): Promise<EventOverlap[]> {
  const rows = await em.find(
    CulturalEvent,
    {
      venueKey: event.venueKey,
      id: { $ne: event.id },
      startDate: { $lte: event.endDate },
      endDate: { $gte: event.startDate },
      status: { $in: [...VENUE_OCCUPYING_STATUSES] },
    },
    { orderBy: { startDate: 'asc', id: 'asc' }, limit: 20 },
  );
  return rows.map((e) => ({
    id: e.id,
    titleVi: e.titleVi,
    titleEn: e.titleEn,
    startDate: e.startDate,
    endDate: e.endDate,
    status: e.status,
  }));
}

/** The event as its routes answer it: with the events it overlaps and its attachments. */
export async function detail(em: EntityManager, event: CulturalEvent): Promise<CulturalEventDetail> {
  const [overlaps, attachments] = await Promise.all([
    findOverlaps(em, event),
    em.find(
      CulturalEventAttachment,
      { eventId: event.id },
      { orderBy: { createdAt: 'asc' }, limit: MAX_ATTACHMENTS },
    ),
  ]);
  return { ...toDto(event), overlaps, attachments: attachments.map(attachmentDto) };
}

/**
 * Locks the event row until the transaction ends while its registrations change, so two registrations
 * at once cannot both take the last place (PostgreSQL; SQLite has one writer at a time anyway).
 */
export async function lockEvent(em: EntityManager, id: string): Promise<void> {
  if (databaseKind() !== 'postgresql') return;
  const { knex, table } = sqlOf(em);
  const trx = em.getTransactionContext<Knex.Transaction>();
  const query = knex.from(table('cultural_event', 'e')).select('e.id').where('e.id', id).forUpdate();
  await (trx ? query.transacting(trx) : query);
}
