import { Controller, Inject } from '@nestjs/common';
import { type FilterQuery, MikroORM, type EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import {
  type AuditEntry,
  type AttachmentRef,
  CULTURE_EVENTS,
  CreateCulturalEventSchema,
  type CulturalEvent as CulturalEventDto,
  type CulturalEventAttachment as AttachmentDto,
  type CulturalEventDetail,
  type CulturalEventOptions,
  type CulturalEventStatus,
  type EventOverlap,
  type FileDownload,
  type Page,
  eventTransitionGuard,
  provinceToday,
  CULTURE_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import {
  type RequestContext,
  ServiceError,
  agencyScope,
  applyGuards,
  assertRecordAllowed,
  checkedUpload,
  databaseKind,
  findAudit,
  findPermitted,
  paginate,
  recordAudit,
  recordEvent,
  recordMeta,
  searchFilter,
  searchText,
  Handles,
} from '@ascc/service-kit';
import { CulturalEventAttachment } from './cultural-event-attachment.entity';
import { CulturalEventCountry } from './cultural-event-country.entity';
import { CulturalEvent } from './cultural-event.entity';
import {
  VENUE_OCCUPYING_STATUSES,
  aseanCountries,
  canTransition,
  eventFigures,
  participatingCountries,
  venueKey,
} from './event-rules';
import { sqlOf } from './sql';

const ENTITY = 'CulturalEvent';
const LABEL = 'Cultural event';
/** An event keeps at most this many attachments. */
export const MAX_ATTACHMENTS = 50;

type EventInput = ReturnType<typeof CreateCulturalEventSchema.parse>;

/** Answers its routes (each method declared with `@Handles`: caller, permission and input checked first). */
@Controller()
export class EventsService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(CULTURE_ROUTES.eventCreate)
  async create(
    input: RouteInput<typeof CULTURE_ROUTES.eventCreate>,
    ctx: RequestContext,
  ): Promise<CulturalEventDetail> {
    assertRecordAllowed('culture.event.create', ctx, input.agencyCode);
    return this.orm.em.fork().transactional(async (em) => {
      const event = em.create(CulturalEvent, { ...fieldsOf(input), venueKey: venueKey(input.venue) });
      await em.flush();
      await writeCountries(em, event);
      const dto = toDto(event);
      recordAudit(em, ctx, { entity: ENTITY, entityId: event.id, action: 'create', after: dto });
      return detail(em, event);
    });
  }

  @Handles(CULTURE_ROUTES.eventUpdate)
  async update(
    { id, version, ...input }: RouteInput<typeof CULTURE_ROUTES.eventUpdate>,
    ctx: RequestContext,
  ): Promise<CulturalEventDetail> {
    return this.orm.em.fork().transactional(async (em) => {
      const event = await findPermitted(em, CulturalEvent, id, ctx, 'culture.event.update', LABEL);
      assertRecordAllowed('culture.event.update', ctx, input.agencyCode);
      assertFresh(event, version);
      if (event.status === 'reported' || event.status === 'cancelled') {
        throw ServiceError.refuse(
          'eventFinal',
          { title: event.titleVi, eventStatus: event.status },
          `A ${event.status} event can no longer be changed`,
          { at: { path: 'status', code: 'final' } },
        );
      }
      const before = toDto(event);
      em.assign(event, { ...fieldsOf(input), venueKey: venueKey(input.venue) });
      await em.flush();
      await writeCountries(em, event);
      recordAudit(em, ctx, { entity: ENTITY, entityId: id, action: 'update', before, after: toDto(event) });
      return detail(em, event);
    });
  }

  @Handles(CULTURE_ROUTES.eventTransition)
  async transition(
    input: RouteInput<typeof CULTURE_ROUTES.eventTransition>,
    ctx: RequestContext,
  ): Promise<CulturalEventDetail> {
    return this.orm.em.fork().transactional(async (em) => {
      const event = await findPermitted(em, CulturalEvent, input.id, ctx, 'culture.event.update', LABEL);
      assertFresh(event, input.version);
      assertTransition(event, input.to);
      const overrideReason = applyGuards(
        [eventTransitionGuard(event, input.to, provinceToday())],
        input,
        ctx,
      );
      const before = toDto(event);
      event.status = input.to;
      event.statusReason = input.to === 'cancelled' || input.to === 'postponed' ? input.reason : null;
      if (input.to === 'held') event.actualAudience = input.actualAudience;
      await em.flush();
      const now = new Date().toISOString();
      if (input.to === 'cancelled') {
        recordEvent(em, CULTURE_EVENTS.eventCancelled, {
          eventId: event.id,
          title: event.titleVi,
          agencyCode: event.agencyCode,
          reason: input.reason ?? '',
          cancelledAt: now,
        });
      }
      if (input.to === 'held') {
        recordEvent(em, CULTURE_EVENTS.eventHeld, {
          ...eventFigures(event, event.actualAudience ?? 0),
          heldAt: now,
        });
      }
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: event.id,
        action: 'update',
        before,
        // An overridden date rule stays in the event's history with its reason.
        after: overrideReason ? { ...toDto(event), overrideReason } : toDto(event),
      });
      return detail(em, event);
    });
  }

  @Handles(CULTURE_ROUTES.eventReport)
  async report(
    input: RouteInput<typeof CULTURE_ROUTES.eventReport>,
    ctx: RequestContext,
  ): Promise<CulturalEventDetail> {
    return this.orm.em.fork().transactional(async (em) => {
      const event = await findPermitted(em, CulturalEvent, input.id, ctx, 'culture.event.update', LABEL);
      assertFresh(event, input.version);
      assertTransition(event, 'reported');
      const before = toDto(event);
      event.status = 'reported';
      event.reportAttendance = input.attendance;
      event.reportOutcomes = input.outcomes;
      event.reportMediaCoverage = input.mediaCoverage;
      event.reportedAt = new Date();
      event.actualAudience = input.attendance;
      await em.flush();
      recordEvent(em, CULTURE_EVENTS.eventReported, {
        ...eventFigures(event, input.attendance),
        reportedAt: event.reportedAt.toISOString(),
      });
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: event.id,
        action: 'update',
        before,
        after: toDto(event),
      });
      return detail(em, event);
    });
  }

  @Handles(CULTURE_ROUTES.eventList)
  async list(
    {
      q,
      type,
      status,
      districtCode,
      agencyCode,
      planArea,
      countryCode,
      year,
      ...page
    }: RouteInput<typeof CULTURE_ROUTES.eventList>,
    ctx: RequestContext,
  ): Promise<Page<CulturalEventDto>> {
    const em = this.orm.em.fork() as SqlEntityManager;
    const where: FilterQuery<CulturalEvent> = {
      ...searchFilter(q),
      ...agencyScope('culture.event.read', ctx, agencyCode),
      ...(type && { type }),
      ...(status && { status }),
      ...(districtCode && { districtCode }),
      ...(planArea && { planArea }),
      ...(year && { startDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }),
      // A sub-query on the country rows, so the filter stays in the database.
      ...(countryCode && {
        id: {
          $in: em
            .createQueryBuilder(CulturalEventCountry, 'c')
            .select('c.eventId')
            .where({ countryCode })
            .getKnexQuery() as never,
        },
      }),
    };
    const result = await paginate(em, CulturalEvent, where, page);
    return { ...result, items: result.items.map(toDto) };
  }

  /** Any agency's events by title, newest first: only what a link needs (title, dates, status). */
  @Handles(CULTURE_ROUTES.eventOptions)
  async options({ q }: RouteInput<typeof CULTURE_ROUTES.eventOptions>): Promise<CulturalEventOptions> {
    const events = await this.orm.em
      .fork()
      .find(CulturalEvent, searchFilter(q), { orderBy: { startDate: 'desc', id: 'asc' }, limit: 20 });
    return {
      items: events.map((e) => ({
        id: e.id,
        titleVi: e.titleVi,
        titleEn: e.titleEn,
        startDate: e.startDate,
        endDate: e.endDate,
        status: e.status,
      })),
    };
  }

  @Handles(CULTURE_ROUTES.eventGet)
  async get(
    { id }: RouteInput<typeof CULTURE_ROUTES.eventGet>,
    ctx: RequestContext,
  ): Promise<CulturalEventDetail> {
    const em = this.orm.em.fork();
    return detail(em, await findPermitted(em, CulturalEvent, id, ctx, 'culture.event.read', LABEL));
  }

  @Handles(CULTURE_ROUTES.eventHistory)
  async history(
    { id, ...page }: RouteInput<typeof CULTURE_ROUTES.eventHistory>,
    ctx: RequestContext,
  ): Promise<Page<AuditEntry>> {
    const em = this.orm.em.fork();
    await findPermitted(em, CulturalEvent, id, ctx, 'culture.event.read', LABEL);
    return findAudit(em, { entity: ENTITY, entityId: id, ...page });
  }

  @Handles(CULTURE_ROUTES.attachmentUpload)
  async upload(
    { id, file }: RouteInput<typeof CULTURE_ROUTES.attachmentUpload>,
    ctx: RequestContext,
  ): Promise<AttachmentDto> {
    const { bytes, type, kind } = checkedUpload(file);
    return this.orm.em.fork().transactional(async (em) => {
      const event = await findPermitted(em, CulturalEvent, id, ctx, 'culture.event.update', LABEL);
      if ((await em.count(CulturalEventAttachment, { eventId: id })) >= MAX_ATTACHMENTS) {
        throw ServiceError.refuse(
          'attachmentsFull',
          { max: MAX_ATTACHMENTS },
          `An event keeps at most ${MAX_ATTACHMENTS} attachments`,
          { at: { path: 'file', code: 'too_many' } },
        );
      }
      const attachment = em.create(CulturalEventAttachment, {
        eventId: id,
        fileName: file.fileName,
        contentType: type,
        size: bytes.length,
        kind,
        bytes,
        uploadedBy: ctx.caller.username,
      });
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: event.id,
        action: 'update',
        after: { attachmentAdded: `${file.fileName} (${bytes.length} B)` },
      });
      return attachmentDto(attachment);
    });
  }

  /** Removes an attachment; the event's history keeps its name and size. */
  @Handles(CULTURE_ROUTES.attachmentDelete)
  async removeAttachment(
    { id, attachmentId }: RouteInput<typeof CULTURE_ROUTES.attachmentDelete>,
    ctx: RequestContext,
  ): Promise<AttachmentRef> {
    return this.orm.em.fork().transactional(async (em) => {
      const event = await findPermitted(em, CulturalEvent, id, ctx, 'culture.event.update', LABEL);
      const attachment = await em.findOne(CulturalEventAttachment, { id: attachmentId, eventId: id });
      if (!attachment) throw ServiceError.notFound('Attachment', attachmentId);
      await em.nativeDelete(CulturalEventAttachment, { id: attachmentId, eventId: id });
      recordAudit(em, ctx, {
        entity: ENTITY,
        entityId: event.id,
        action: 'update',
        before: { attachmentRemoved: `${attachment.fileName} (${attachment.size} B)` },
      });
      return { id, attachmentId };
    });
  }

  @Handles(CULTURE_ROUTES.attachmentDownload)
  async download(
    { id, attachmentId }: RouteInput<typeof CULTURE_ROUTES.attachmentDownload>,
    ctx: RequestContext,
  ): Promise<FileDownload> {
    const em = this.orm.em.fork();
    await findPermitted(em, CulturalEvent, id, ctx, 'culture.event.read', LABEL);
    const attachment = await em.findOne(
      CulturalEventAttachment,
      { id: attachmentId, eventId: id },
      { populate: ['bytes'] },
    );
    if (!attachment) throw ServiceError.notFound('Attachment', attachmentId);
    return {
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      base64: Buffer.from(attachment.bytes).toString('base64'),
    };
  }
}

/** The event's columns from a validated create/update message. */
function fieldsOf(input: EventInput) {
  const countryCodes = participatingCountries(input.countryCodes, input.troupes);
  return {
    titleVi: input.titleVi,
    titleEn: input.titleEn,
    description: input.description || null,
    type: input.type,
    planArea: input.planArea,
    agencyCode: input.agencyCode,
    coOrganisers: [...new Set(input.coOrganisers)].filter((code) => code !== input.agencyCode),
    districtCode: input.districtCode ?? null,
    venue: input.venue,
    startDate: input.startDate,
    endDate: input.endDate,
    countryCodes,
    troupes: input.troupes,
    expectedAudience: input.expectedAudience ?? null,
    costEstimate: input.costEstimate,
    takesRegistrations: input.takesRegistrations,
    capacity: input.takesRegistrations ? (input.capacity ?? null) : null,
    organiserContact: input.organiserContact || null,
    internalNotes: input.internalNotes || null,
    searchText: searchText(input.titleVi, input.titleEn, input.venue),
  };
}

/** Refuses a change made from a stale read: 409, naming the version the record is at now. */
function assertFresh(event: CulturalEvent, version: number): void {
  if (event.version === version) return;
  throw ServiceError.staleVersion('The event', event.version, { updatedAt: event.updatedAt.toISOString() });
}

function assertTransition(event: CulturalEvent, to: CulturalEventStatus): void {
  const from = event.status;
  if (canTransition(from, to)) return;
  throw ServiceError.refuse(
    'eventTransition',
    { title: event.titleVi, eventStatus: from, eventStatusTo: to },
    `A ${from} event cannot become ${to}`,
    { at: { path: 'to', code: 'transition' } },
  );
}

/** Replaces the event's country rows (for reports) with its current participating countries. */
async function writeCountries(em: EntityManager, event: CulturalEvent): Promise<void> {
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

async function detail(em: EntityManager, event: CulturalEvent): Promise<CulturalEventDetail> {
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

function attachmentDto(a: CulturalEventAttachment): AttachmentDto {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    size: a.size,
    kind: a.kind,
    createdAt: a.createdAt.toISOString(),
  };
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

export function toDto(event: CulturalEvent): CulturalEventDto {
  const opt = <K extends string, V>(key: K, value: V | null | undefined) =>
    (value === null || value === undefined || value === '' ? {} : { [key]: value }) as Partial<Record<K, V>>;
  return {
    ...recordMeta(event),
    titleVi: event.titleVi,
    titleEn: event.titleEn,
    ...opt('description', event.description),
    type: event.type,
    planArea: event.planArea,
    agencyCode: event.agencyCode,
    coOrganisers: event.coOrganisers,
    ...opt('districtCode', event.districtCode),
    venue: event.venue,
    startDate: event.startDate,
    endDate: event.endDate,
    countryCodes: event.countryCodes,
    aseanCountryCodes: aseanCountries(event.countryCodes, event.startDate),
    troupes: event.troupes,
    ...opt('expectedAudience', event.expectedAudience),
    ...opt('actualAudience', event.actualAudience),
    costEstimate: event.costEstimate,
    takesRegistrations: event.takesRegistrations,
    ...opt('capacity', event.capacity),
    ...opt('organiserContact', event.organiserContact),
    ...opt('internalNotes', event.internalNotes),
    status: event.status,
    ...opt('statusReason', event.statusReason),
    ...(event.reportedAt && event.reportAttendance != null
      ? {
          report: {
            attendance: event.reportAttendance,
            outcomes: event.reportOutcomes ?? '',
            mediaCoverage: event.reportMediaCoverage ?? '',
            reportedAt: event.reportedAt.toISOString(),
          },
        }
      : {}),
  } as CulturalEventDto;
}
