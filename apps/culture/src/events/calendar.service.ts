import { Controller, Inject } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { todayIsoDate } from '@ascc/catalog';
import {
  type CalendarEntry,
  type FileDownload,
  type PublicCulturalEvent,
  type PublicEvents,
  CULTURE_ROUTES,
  type RouteInput,
} from '@ascc/contracts';
import { type RequestContext, assertAllowed, Handles } from '@ascc/service-kit';
import { CulturalEvent } from './cultural-event.entity';
import { PUBLIC_STATUSES, VENUE_OCCUPYING_STATUSES, aseanCountries } from './event-rules';
import { writeIcs } from './ics';
import { sqlOf } from './sql';
import { TYPE_LABELS } from './labels';

/** At most this many events in one calendar answer. */
const CALENDAR_LIMIT = 500;
const UPCOMING_LIMIT = 50;
const HIGHLIGHT_LIMIT = 12;
/** The iCal feed carries events from a year back onwards. */
const ICS_PAST_DAYS = 365;
const ICS_LIMIT = 1000;

/** The calendar of the console, and what the public sees: the ASEAN page's feed and the iCal feed. */
/** Answers its routes (each method declared with `@Handles`: caller, permission and input checked first). */
@Controller()
export class CalendarService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  /** Events crossing [from, to], each with how many others share its venue on overlapping dates. */
  @Handles(CULTURE_ROUTES.calendar)
  async calendar(
    { from, to, agencyCode, districtCode }: RouteInput<typeof CULTURE_ROUTES.calendar>,
    ctx: RequestContext,
  ): Promise<{ items: CalendarEntry[] }> {
    const { reach } = assertAllowed('culture.event.read', ctx);
    const own = reach === 'all' ? undefined : ctx.caller.agencyCode;
    const { knex, table } = sqlOf(this.orm.em.fork());
    const rows = (await knex
      .from(table('cultural_event', 'a'))
      .leftJoin(table('cultural_event', 'b'), function () {
        this.on('b.venue_key', '=', 'a.venue_key')
          .andOn('b.id', '<>', 'a.id')
          .andOn('b.start_date', '<=', 'a.end_date')
          .andOn('b.end_date', '>=', 'a.start_date')
          .andOnIn('b.status', [...VENUE_OCCUPYING_STATUSES]);
      })
      .where('a.start_date', '<=', to)
      .andWhere('a.end_date', '>=', from)
      .modify((q) => {
        if (agencyCode) q.andWhere('a.agency_code', agencyCode);
        // Without a grant over every agency: its own events and those it co-organises (see event-reach).
        if (own && agencyCode !== own)
          q.andWhere((w) =>
            w
              .where('a.agency_code', own)
              .orWhereIn(
                'a.id',
                knex
                  .from(table('cultural_event_co_organiser', 'o'))
                  .select('o.event_id')
                  .where('o.agency_code', own),
              ),
          );
        if (districtCode) q.andWhere('a.district_code', districtCode);
      })
      .groupBy('a.id')
      .select(
        'a.id',
        'a.title_vi',
        'a.title_en',
        'a.type',
        'a.venue',
        'a.district_code',
        'a.start_date',
        'a.end_date',
        'a.status',
        knex.raw('count(b.id) as overlap_count'),
      )
      .orderBy([{ column: 'a.start_date' }, { column: 'a.id' }])
      .limit(CALENDAR_LIMIT)) as Record<string, string | null>[];
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        titleVi: String(r.title_vi),
        titleEn: String(r.title_en),
        type: r.type as CalendarEntry['type'],
        venue: String(r.venue),
        ...(r.district_code ? { districtCode: r.district_code as CalendarEntry['districtCode'] } : {}),
        startDate: String(r.start_date),
        endDate: String(r.end_date),
        status: r.status as CalendarEntry['status'],
        overlapCount: VENUE_OCCUPYING_STATUSES.includes(r.status as CalendarEntry['status'])
          ? Number(r.overlap_count)
          : 0,
      })),
    };
  }

  /** No sign-in: upcoming confirmed events and past highlights, as the explicit public shape only. */
  @Handles(CULTURE_ROUTES.publicEvents)
  async publicEvents(_input: RouteInput<typeof CULTURE_ROUTES.publicEvents>): Promise<PublicEvents> {
    const em = this.orm.em.fork();
    const today = todayIsoDate();
    const [upcoming, highlights] = await Promise.all([
      em.find(
        CulturalEvent,
        { status: 'confirmed', endDate: { $gte: today } },
        { orderBy: { startDate: 'asc', id: 'asc' }, limit: UPCOMING_LIMIT },
      ),
      em.find(
        CulturalEvent,
        { status: { $in: ['held', 'reported'] } },
        { orderBy: { startDate: 'desc', id: 'desc' }, limit: HIGHLIGHT_LIMIT },
      ),
    ]);
    return { upcoming: upcoming.map(toPublic), highlights: highlights.map(toPublic) };
  }

  /** No sign-in: an iCalendar feed calendar programs subscribe to. */
  @Handles(CULTURE_ROUTES.publicCalendar)
  async publicCalendar({ lang }: RouteInput<typeof CULTURE_ROUTES.publicCalendar>): Promise<FileDownload> {
    const since = new Date(Date.now() - ICS_PAST_DAYS * 86_400_000).toISOString().slice(0, 10);
    const events = await this.orm.em
      .fork()
      .find(
        CulturalEvent,
        { status: { $in: [...PUBLIC_STATUSES] }, endDate: { $gte: since } },
        { orderBy: { startDate: 'asc', id: 'asc' }, limit: ICS_LIMIT },
      );
    const en = lang === 'en';
    const ics = writeIcs(en ? 'Thai Binh – ASEAN cultural events' : 'Thái Bình – Sự kiện văn hóa ASEAN', [
      ...events.map((e) => ({
        uid: `${e.id}@culture.ascc.thaibinh`,
        summary: en ? e.titleEn : e.titleVi,
        description: e.description ?? undefined,
        location: e.venue,
        startDate: e.startDate,
        endDate: e.endDate,
        updatedAt: e.updatedAt,
        status: 'CONFIRMED' as const,
        categories: [TYPE_LABELS[e.type][en ? 1 : 0]],
      })),
    ]);
    return {
      fileName: 'thai-binh-asean-events.ics',
      contentType: 'text/calendar; charset=utf-8',
      base64: Buffer.from(ics, 'utf8').toString('base64'),
    };
  }
}

/** The allow-list of what the public may see of an event: no cost, contact, notes or registrations. */
export function toPublic(e: CulturalEvent): PublicCulturalEvent {
  return {
    id: e.id,
    titleVi: e.titleVi,
    titleEn: e.titleEn,
    ...(e.description ? { description: e.description } : {}),
    type: e.type,
    venue: e.venue,
    ...(e.districtCode ? { districtCode: e.districtCode } : {}),
    startDate: e.startDate,
    endDate: e.endDate,
    status: e.status as PublicCulturalEvent['status'],
    countryCodes: e.countryCodes,
    aseanCountryCodes: aseanCountries(e.countryCodes, e.startDate),
    troupes: e.troupes.map((t) => ({ name: t.name, countryCode: t.countryCode })),
    ...(e.status !== 'confirmed' && e.actualAudience != null ? { audience: e.actualAudience } : {}),
  };
}
