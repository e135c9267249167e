import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type DistrictCode, nextIsoDay, todayIsoDate } from '@ascc/catalog';
import {
  type AgencyCode,
  CULTURE_EVENTS,
  type CountryCode,
  type CulturalEventStatus,
  type CulturalEventType,
  type Troupe,
} from '@ascc/contracts';
import { demoDataEnabled, recordEvent, searchText, seededRandom } from '@ascc/service-kit';
import { CulturalEventCoOrganiser } from './cultural-event-co-organiser.entity';
import { CulturalEventCountry } from './cultural-event-country.entity';
import { CulturalEvent } from './cultural-event.entity';
import { aseanCountries, eventFigures, participatingCountries, venueKey } from './event-rules';

const VENUES: Record<DistrictCode, string[]> = {
  'TP-THAIBINH': [
    'Quảng trường Thái Bình',
    'Nhà văn hóa Trung tâm tỉnh',
    'Công viên Kỳ Bá',
    'Bảo tàng tỉnh Thái Bình',
  ],
  'H-DONGHUNG': ['Nhà văn hóa huyện Đông Hưng', 'Sân vận động Đông Hưng'],
  'H-HUNGHA': ['Khu di tích Đền Trần', 'Nhà văn hóa huyện Hưng Hà'],
  'H-KIENXUONG': ['Nhà thờ Bác Trạch', 'Nhà văn hóa huyện Kiến Xương'],
  'H-QUYNHPHU': ['Chùa Keo (Quỳnh Phụ)', 'Nhà văn hóa huyện Quỳnh Phụ'],
  'H-THAITHUY': ['Khu du lịch Cồn Đen', 'Nhà văn hóa huyện Thái Thụy'],
  'H-TIENHAI': ['Khu du lịch biển Đồng Châu', 'Sân vận động Tiền Hải'],
  'H-VUTHU': ['Chùa Keo Thái Bình (Vũ Thư)', 'Làng nghề chạm bạc Đồng Xâm'],
};

const TROUPES: Partial<Record<CountryCode, string[]>> = {
  LA: ['Đoàn Nghệ thuật tỉnh Hủa Phăn', 'Đoàn Văn công Viêng Chăn'],
  TH: ['Đoàn Nghệ thuật Udon Thani', 'Đoàn múa truyền thống Chiang Mai'],
  KH: ['Đoàn Nghệ thuật Hoàng gia Campuchia', 'Đoàn múa Apsara Siem Reap'],
  MM: ['Đoàn Nghệ thuật Yangon'],
  ID: ['Đoàn Gamelan Yogyakarta'],
  MY: ['Đoàn múa Zapin Johor'],
  PH: ['Đoàn Nghệ thuật Bayanihan'],
  SG: ['Đoàn Nhạc cụ Singapore'],
};

const KINDS: { type: CulturalEventType; vi: string; en: string }[] = [
  { type: 'festival', vi: 'Lễ hội giao lưu văn hóa ASEAN', en: 'ASEAN cultural exchange festival' },
  {
    type: 'art-performance',
    vi: 'Đêm biểu diễn nghệ thuật hữu nghị',
    en: 'Friendship art performance night',
  },
  { type: 'exhibition', vi: 'Triển lãm ảnh Cộng đồng ASEAN', en: 'ASEAN Community photo exhibition' },
  { type: 'trade-tourism-fair', vi: 'Hội chợ thương mại, du lịch', en: 'Trade and tourism fair' },
  { type: 'sports-exchange', vi: 'Giải giao hữu thể thao ASEAN', en: 'ASEAN friendly sports tournament' },
  { type: 'asean-corner', vi: 'Khai trương Góc ASEAN', en: 'ASEAN corner opening' },
  {
    type: 'conference',
    vi: 'Hội thảo hợp tác văn hóa, du lịch',
    en: 'Culture and tourism cooperation workshop',
  },
  { type: 'culture-week', vi: 'Tuần văn hóa ASEAN', en: 'ASEAN culture week' },
  {
    type: 'mass-art-programme',
    vi: 'Liên hoan văn nghệ quần chúng chào mừng ngày ASEAN',
    en: 'Mass art programme for ASEAN Day',
  },
];

const DISTRICTS = Object.keys(VENUES) as DistrictCode[];
const GUESTS = Object.keys(TROUPES) as CountryCode[];

/** Demo events, 2017–2025 across Thái Bình's districts, plus a few upcoming ones, built repeatably. */
export function demoEvents(seed = 38_2017, today = todayIsoDate()): CulturalEvent[] {
  const rnd = seededRandom(seed);
  const events: CulturalEvent[] = [];
  for (let year = 2017; year <= 2025; year++) {
    const count = rnd.int(14, 22);
    for (let i = 0; i < count; i++) {
      events.push(demoEvent(rnd, year, today));
    }
  }
  const [y] = today.split('-').map(Number);
  for (let i = 0; i < 6; i++) events.push(demoEvent(rnd, y + (i < 3 ? 0 : 1), today, true));
  return events;
}

function demoEvent(rnd: ReturnType<typeof seededRandom>, year: number, today: string, upcoming = false) {
  const kind = rnd.pick(KINDS);
  const districtCode = rnd.chance(0.45) ? 'TP-THAIBINH' : rnd.pick(DISTRICTS);
  const venue = rnd.pick(VENUES[districtCode]);
  const month = upcoming ? Math.min(12, Number(today.slice(5, 7)) + rnd.int(0, 1)) : rnd.int(1, 12);
  let startDate = `${year}-${String(month).padStart(2, '0')}-${String(rnd.int(1, 25)).padStart(2, '0')}`;
  if (upcoming && startDate <= today) startDate = nextIsoDay(today);
  let endDate = startDate;
  for (let d = rnd.int(0, kind.type === 'culture-week' ? 6 : 2); d > 0; d--) endDate = nextIsoDay(endDate);
  const guests = [...new Set(Array.from({ length: rnd.int(1, 3) }, () => rnd.pick(GUESTS)))];
  const troupes: Troupe[] = guests
    .filter(() => rnd.chance(0.7))
    .map((countryCode) => ({
      name: rnd.pick(TROUPES[countryCode] ?? ['Đoàn nghệ thuật']),
      countryCode,
      size: rnd.int(8, 45),
    }));
  const countryCodes = participatingCountries(guests, troupes);
  const expected = rnd.int(3, 60) * 100;
  const status: CulturalEventStatus = upcoming
    ? rnd.chance(0.7)
      ? 'confirmed'
      : 'planned'
    : rnd.chance(0.06)
      ? 'cancelled'
      : rnd.chance(0.04)
        ? 'postponed'
        : rnd.chance(0.7)
          ? 'reported'
          : 'held';
  const actual =
    status === 'held' || status === 'reported' ? Math.round(expected * (0.7 + rnd.next() * 0.6)) : null;
  const agencyCode: AgencyCode = 'SVHTTDL';
  const titleVi = `${kind.vi} ${year} tại ${venue}`;
  const titleEn = `${kind.en} ${year}, ${venue}`;
  const event = new CulturalEvent();
  Object.assign(event, {
    version: 1,
    titleVi,
    titleEn,
    description: `Chương trình giao lưu với ${guests.length} quốc gia, thực hiện Kế hoạch 38/KH-UBND.`,
    type: kind.type,
    planArea: rnd.chance(0.8) ? 'III.5' : 'III.9',
    agencyCode,
    coOrganisers: rnd.chance(0.5) ? (['SNGV'] as AgencyCode[]) : [],
    districtCode,
    venue,
    venueKey: venueKey(venue),
    startDate,
    endDate,
    countryCodes,
    troupes,
    expectedAudience: expected,
    actualAudience: actual,
    costEstimate: rnd.int(5, 120) * 10_000_000,
    takesRegistrations: kind.type === 'conference',
    capacity: kind.type === 'conference' ? 120 : null,
    organiserContact: 'Phòng Quản lý Văn hóa, Sở VH-TT-DL — 0227 3831 xxx',
    status,
    statusReason:
      status === 'cancelled' || status === 'postponed' ? 'Điều chỉnh kế hoạch do thời tiết' : null,
    reportAttendance: status === 'reported' ? actual : null,
    reportOutcomes: status === 'reported' ? 'Tăng cường hiểu biết, quảng bá hình ảnh Thái Bình.' : null,
    reportMediaCoverage: status === 'reported' ? 'Báo Thái Bình, Đài PT-TH Thái Bình' : null,
    reportedAt: status === 'reported' ? new Date(`${endDate}T10:00:00Z`) : null,
    searchText: searchText(titleVi, titleEn, venue),
    createdAt: new Date(`${startDate}T00:00:00Z`),
    updatedAt: new Date(`${startDate}T00:00:00Z`),
  });
  return event;
}

/** Fills an empty culture database with the demo events at start, in one transaction (SEED_DEMO_DATA). */
@Injectable()
export class CultureDemoData implements OnApplicationBootstrap {
  private readonly logger = new Logger('CultureDemoData');

  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!demoDataEnabled()) return;
    await this.seed();
  }

  async seed(): Promise<number> {
    return this.orm.em.fork().transactional(async (em) => {
      if (await em.count(CulturalEvent, {})) return 0;
      const events = demoEvents();
      await em.insertMany(events);
      await em.insertMany(
        CulturalEventCountry,
        events.flatMap((e) => {
          const asean = new Set(aseanCountries(e.countryCodes, e.startDate));
          return e.countryCodes.map((countryCode) => ({
            eventId: e.id,
            countryCode,
            asean: asean.has(countryCode),
          }));
        }),
      );
      const coOrganised = events.flatMap((e) =>
        e.coOrganisers.map((agencyCode) => ({ eventId: e.id, agencyCode })),
      );
      if (coOrganised.length) await em.insertMany(CulturalEventCoOrganiser, coOrganised);
      // The events holding and reporting an event write, so the cross-department dashboard has them.
      for (const e of events) {
        if (e.status !== 'held' && e.status !== 'reported') continue;
        const figures = eventFigures(e, e.actualAudience ?? 0);
        if (e.status === 'held')
          recordEvent(em, CULTURE_EVENTS.eventHeld, { ...figures, heldAt: `${e.endDate}T17:00:00.000Z` });
        else
          recordEvent(em, CULTURE_EVENTS.eventReported, {
            ...figures,
            reportedAt: (e.reportedAt ?? new Date()).toISOString(),
          });
      }
      this.logger.log(`seeded ${events.length} demo cultural events`);
      return events.length;
    });
  }
}
