import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import { DISTRICT_CODES, SECTORS, findSector } from '@ascc/catalog';
import {
  type CountryCode,
  type CurrencyCode,
  type Participant,
  type ProjectStatus,
  dongEquivalent,
} from '@ascc/contracts';
import { demoDataEnabled, searchText, seededRandom } from '@ascc/service-kit';
import { tagList } from '../common/aid-sql';
import { Delegation, DelegationCountry } from '../delegations/delegation.entity';
import { Ngo } from '../ngos/ngo.entity';
import { recordDelegationEvent, recordTransactionEvent } from '../events/aid-events';
import { AidProject, AidTransaction, ProjectLocation, ProjectSector } from '../projects/aid-project.entity';

/** Realistic donors of a Red River Delta province, ASEAN and beyond (names as they register in Viet Nam). */
const NGOS: { name: string; vi: string; acronym?: string; country: CountryCode; kind: Ngo['kind'] }[] = [
  {
    name: 'Korea International Cooperation Agency Friends',
    vi: 'Hội Bạn bè KOICA',
    acronym: 'KOICA-F',
    country: 'KR',
    kind: 'friendship-organisation',
  },
  {
    name: 'Good Neighbors International',
    vi: 'Tổ chức Láng giềng Tốt Quốc tế',
    acronym: 'GNI',
    country: 'KR',
    kind: 'international-ngo',
  },
  {
    name: 'Korea Foundation for International Healthcare',
    vi: 'Quỹ Chăm sóc Y tế Quốc tế Hàn Quốc',
    acronym: 'KOFIH',
    country: 'KR',
    kind: 'foundation',
  },
  {
    name: 'Japan International Volunteer Center',
    vi: 'Trung tâm Tình nguyện Quốc tế Nhật Bản',
    acronym: 'JVC',
    country: 'JP',
    kind: 'international-ngo',
  },
  {
    name: 'Association for Aid and Relief, Japan',
    vi: 'Hiệp hội Cứu trợ và Hỗ trợ Nhật Bản',
    acronym: 'AAR',
    country: 'JP',
    kind: 'international-ngo',
  },
  {
    name: 'Deutsche Welthungerhilfe',
    vi: 'Tổ chức Chống đói nghèo Thế giới Đức',
    acronym: 'WHH',
    country: 'DE',
    kind: 'international-ngo',
  },
  {
    name: 'Konrad-Adenauer-Stiftung',
    vi: 'Quỹ Konrad Adenauer',
    acronym: 'KAS',
    country: 'DE',
    kind: 'foundation',
  },
  {
    name: 'East Meets West Foundation',
    vi: 'Quỹ Đông Tây Hội ngộ',
    acronym: 'EMW',
    country: 'US',
    kind: 'foundation',
  },
  {
    name: 'Catholic Relief Services',
    vi: 'Tổ chức Cứu trợ Công giáo',
    acronym: 'CRS',
    country: 'US',
    kind: 'international-ngo',
  },
  {
    name: 'Thai Red Cross Society',
    vi: 'Hội Chữ thập đỏ Thái Lan',
    country: 'TH',
    kind: 'friendship-organisation',
  },
  { name: 'Mahidol University Foundation', vi: 'Quỹ Đại học Mahidol', country: 'TH', kind: 'foundation' },
  {
    name: 'Singapore International Foundation',
    vi: 'Quỹ Quốc tế Xin-ga-po',
    acronym: 'SIF',
    country: 'SG',
    kind: 'foundation',
  },
  { name: 'Temasek Foundation', vi: 'Quỹ Temasek', country: 'SG', kind: 'foundation' },
  { name: 'Mercy Malaysia', vi: 'Tổ chức Mercy Ma-lai-xi-a', country: 'MY', kind: 'international-ngo' },
  { name: 'Plan International', vi: 'Tổ chức Plan Quốc tế', country: 'GB', kind: 'international-ngo' },
  { name: 'Oxfam Novib', vi: 'Tổ chức Oxfam Novib', country: 'NL', kind: 'international-ngo' },
  { name: 'Caritas Switzerland', vi: 'Tổ chức Caritas Thụy Sĩ', country: 'CH', kind: 'international-ngo' },
  {
    name: 'Australian Volunteers International',
    vi: 'Tình nguyện viên Quốc tế Ô-xtơ-rây-li-a',
    acronym: 'AVI',
    country: 'AU',
    kind: 'international-ngo',
  },
];

const RATES: Record<Exclude<CurrencyCode, 'VND'>, [number, number]> = {
  USD: [22_700, 25_400],
  EUR: [25_500, 28_500],
  JPY: [165, 215],
  KRW: [17.5, 21],
  GBP: [29_000, 33_000],
  AUD: [15_500, 17_800],
  CAD: [17_000, 19_000],
  CHF: [23_500, 30_000],
  CNY: [3_300, 3_600],
  SGD: [16_500, 19_500],
  THB: [650, 760],
  NZD: [14_500, 16_500],
  SEK: [2_200, 2_600],
  NOK: [2_200, 2_700],
  DKK: [3_300, 3_800],
};
const CURRENCY_OF: Partial<Record<CountryCode, CurrencyCode>> = {
  KR: 'KRW',
  JP: 'JPY',
  DE: 'EUR',
  NL: 'EUR',
  US: 'USD',
  GB: 'USD',
  CH: 'USD',
  AU: 'USD',
  SG: 'USD',
  TH: 'VND',
  MY: 'USD',
};
const TOPICS: [string, string][] = [
  ['Nâng cao chất lượng giáo dục mầm non', 'Improving early childhood education'],
  ['Chăm sóc sức khỏe ban đầu cho người cao tuổi', 'Primary health care for the elderly'],
  ['Nước sạch và vệ sinh trường học', 'Clean water and sanitation in schools'],
  ['Sinh kế bền vững cho hộ nghèo ven biển', 'Sustainable livelihoods for poor coastal households'],
  ['Hỗ trợ trẻ em khuyết tật hòa nhập', 'Inclusive support for children with disabilities'],
  ['Dạy nghề cho thanh niên nông thôn', 'Vocational training for rural youth'],
  ['Phòng chống thiên tai dựa vào cộng đồng', 'Community-based disaster preparedness'],
  ['Dinh dưỡng cho bà mẹ và trẻ em', 'Nutrition for mothers and children'],
];

/**
 * Fills an empty aid database with NGOs, projects 2017–2025 across districts and sectors (with their
 * transactions in USD, EUR, KRW, JPY and VND) and delegations, in one transaction, with native batch inserts,
 * and the outbox events recording them writes (one per transaction and one per delegation).
 */
@Injectable()
export class AidDemoData implements OnApplicationBootstrap {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!demoDataEnabled()) return;
    const em = this.orm.em.fork();
    if ((await em.count(Ngo)) > 0 || (await em.count(AidProject)) > 0) return;
    const started = Date.now();
    const counts = await em.transactional((tx) => seedAidDemo(tx));
    new Logger('AidDemoData').log(
      `seeded ${counts.ngos} NGOs, ${counts.projects} projects, ${counts.transactions} transactions, ${counts.delegations} delegations in ${Date.now() - started} ms`,
    );
  }
}

export async function seedAidDemo(em: EntityManager) {
  const rnd = seededRandom(38_2017);
  const now = new Date();
  const meta = () => ({ id: randomUUID(), version: 1, createdAt: now, updatedAt: now });
  const pad = (n: number) => String(n).padStart(2, '0');
  const dateIn = (year: number) => `${year}-${pad(rnd.int(1, 12))}-${pad(rnd.int(1, 28))}`;

  const ngos = NGOS.map((n, i) => {
    const from = `${2015 + (i % 8)}-0${1 + (i % 9)}-15`;
    const validTo = i % 6 === 0 ? addDays(today(), 30 + i) : `${2027 + (i % 3)}-12-31`;
    return {
      ...meta(),
      nameOriginal: n.name,
      nameVi: n.vi,
      acronym: n.acronym,
      countryCode: n.country,
      kind: n.kind,
      planArea: 'III.10' as const,
      agencyCode: 'SNGV' as const,
      registrationNo: `${100 + i}/BNG-ĐK`,
      registrationIssuedBy: 'Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài',
      registrationValidFrom: from,
      registrationValidTo: validTo,
      contacts: [
        {
          name: `Representative ${i + 1}`,
          position: 'Country Director',
          email: `office${i + 1}@example.org`,
        },
      ],
      searchText: searchText(n.name, n.vi, n.acronym),
    };
  });
  await em.insertMany(Ngo, ngos);

  const projects: Record<string, unknown>[] = [];
  const sectorRows: Record<string, unknown>[] = [];
  const locationRows: Record<string, unknown>[] = [];
  const transactions: Record<string, unknown>[] = [];
  const delegations: Record<string, unknown>[] = [];
  const delegationCountries: Record<string, unknown>[] = [];
  const statuses: ProjectStatus[] = [
    'implementation',
    'closed',
    'finalisation',
    'approved',
    'pipeline',
    'suspended',
  ];

  for (let n = 0; n < 72; n++) {
    const year = 2017 + (n % 9);
    const ngo = ngos[rnd.int(0, ngos.length - 1)];
    const topic = TOPICS[n % TOPICS.length];
    const sectors = pickDistinct(rnd, SECTORS, rnd.int(1, 2)).map((s) => s.code);
    const districts = pickDistinct(rnd, DISTRICT_CODES, rnd.int(1, 2));
    const sectorShares = split(sectors.length).map((percentage, i) => ({ code: sectors[i], percentage }));
    const locationShares = split(districts.length).map((percentage, i) => ({
      districtCode: districts[i],
      percentage,
    }));
    const decisionDate = `${year}-${pad(rnd.int(1, 6))}-${pad(rnd.int(1, 28))}`;
    const status =
      year >= 2025
        ? rnd.pick(['approved', 'implementation'] as ProjectStatus[])
        : year < 2021
          ? 'closed'
          : rnd.pick(statuses);
    const started = status !== 'approved' && status !== 'pipeline';
    const participants: Participant[] = [
      { role: 'funding', ngoId: ngo.id, name: ngo.nameOriginal },
      { role: 'implementing', name: `Hội Chữ thập đỏ ${year % 2 ? 'huyện' : 'tỉnh'} Thái Bình` },
    ];
    const id = randomUUID();
    const code = `NGO-${year}-${pad(n + 1)}`;
    projects.push({
      id,
      version: 1,
      createdAt: now,
      updatedAt: now,
      code,
      titleVi: `${topic[0]} (${year})`,
      titleEn: `${topic[1]} (${year})`,
      description: `${topic[1]}, funded by ${ngo.nameOriginal}.`,
      agencyCode: 'SNGV',
      planArea: 'III.10',
      participants,
      sectors: sectorShares,
      locations: locationShares,
      beneficiaries: [
        { group: 'children', count: rnd.int(50, 2000) },
        { group: 'poor-households', count: rnd.int(10, 400) },
      ],
      status,
      decisionNo: `${rnd.int(100, 3200)}/QĐ-UBND`,
      decisionDate,
      approvingAuthority: 'Ủy ban nhân dân tỉnh Thái Bình',
      appraisals: [
        { agencyCode: 'STC', opinion: 'Nhất trí tiếp nhận', favourable: true },
        { agencyCode: 'SKHDT', opinion: 'Phù hợp quy hoạch', favourable: true },
      ],
      plannedStart: `${year}-07-01`,
      plannedEnd: `${year + 2}-06-30`,
      actualStart: started ? `${year}-${pad(rnd.int(7, 12))}-01` : null,
      actualEnd: status === 'closed' ? `${year + 2}-06-30` : null,
      donorCountryCode: ngo.countryCode,
      sectorTags: tagList(sectors),
      districtTags: tagList(districts),
      ngoTags: tagList([ngo.id]),
      searchText: searchText(code, topic[0], topic[1], ngo.nameOriginal, ngo.acronym),
    });
    for (const s of sectorShares)
      sectorRows.push({
        id: randomUUID(),
        projectId: id,
        sectorCode: s.code,
        planArea: findSector(s.code)?.planArea,
        percentage: s.percentage,
      });
    for (const l of locationShares)
      locationRows.push({
        id: randomUUID(),
        projectId: id,
        districtCode: l.districtCode,
        commune: null,
        percentage: l.percentage,
      });

    const currency = rnd.chance(0.2) ? 'VND' : (CURRENCY_OF[ngo.countryCode] ?? 'USD');
    const commitment =
      currency === 'VND'
        ? rnd.int(200, 5000) * 1_000_000
        : currency === 'KRW'
          ? rnd.int(50, 900) * 1_000_000
          : currency === 'JPY'
            ? rnd.int(5, 90) * 1_000_000
            : rnd.int(20, 400) * 1000;
    const add = (type: string, date: string, amount: number, note: string) => {
      const rate = currency === 'VND' ? undefined : rateOn(rnd, currency, date);
      const value = String(amount);
      transactions.push({
        id: randomUUID(),
        projectId: id,
        type,
        date,
        amount: value,
        currency,
        exchangeRate: rate ?? null,
        dongAmount: dongEquivalent(value, currency, rate),
        description: note,
        createdBy: 'demo',
        createdAt: now,
      });
    };
    add('commitment', decisionDate, commitment, 'Cam kết theo thỏa thuận tài trợ');
    if (started) {
      const tranches = rnd.int(1, 3);
      for (let k = 0; k < tranches; k++) {
        const share = status === 'closed' ? 1 / tranches : rnd.int(20, 40) / 100;
        add(
          'disbursement',
          dateIn(Math.min(year + k, 2025)),
          Math.round(commitment * share),
          `Giải ngân đợt ${k + 1}`,
        );
      }
    }
    if (n % 3 === 0) {
      const delegationId = randomUUID();
      const start = `${year}-${decisionDate.slice(5, 7)}-${pad(Math.max(1, Number(decisionDate.slice(8)) - 2))}`;
      const size = rnd.int(2, 8);
      delegations.push({
        ...meta(),
        id: delegationId,
        title: `Đoàn ${ngo.acronym ?? ngo.nameOriginal} ký kết dự án ${code}`,
        direction: 'inbound',
        purpose: 'aid',
        countryCodes: [ngo.countryCode],
        countryTags: tagList([ngo.countryCode]),
        organisations: [ngo.nameOriginal],
        headName: `Representative ${n + 1}`,
        headTitle: 'Trưởng đại diện',
        size,
        startDate: start,
        endDate: start,
        agencyCode: 'SNGV',
        planArea: 'III.9',
        ngoId: ngo.id,
        projectId: id,
        links: {
          ngo: { id: ngo.id, label: ngo.nameOriginal },
          project: { id, label: `${code} · ${topic[0]}` },
        },
        outcomes: 'Ký biên bản thỏa thuận dự án',
        followUps: null,
        searchText: searchText(ngo.nameOriginal, code),
      });
      delegationCountries.push({
        id: randomUUID(),
        delegationId,
        countryCode: ngo.countryCode,
        direction: 'inbound',
        startDate: start,
        size,
      });
    }
  }
  // Outbound visits and culture/education exchanges with ASEAN neighbours.
  const partners: CountryCode[] = ['LA', 'KH', 'TH', 'KR', 'JP', 'SG', 'ID', 'MY'];
  for (let n = 0; n < 24; n++) {
    const year = 2017 + (n % 9);
    const country = partners[n % partners.length];
    const direction = n % 2 ? 'outbound' : 'inbound';
    const purpose = rnd.pick([
      'culture',
      'education',
      'friendship',
      'official-visit',
      'trade',
      'investment',
    ] as const);
    const start = dateIn(year);
    const size = rnd.int(3, 25);
    const delegationId = randomUUID();
    delegations.push({
      ...meta(),
      id: delegationId,
      title:
        direction === 'inbound'
          ? `Đoàn ${purpose} đến thăm Thái Bình ${year}`
          : `Đoàn công tác tỉnh Thái Bình ${year}`,
      direction,
      purpose,
      countryCodes: [country],
      countryTags: tagList([country]),
      organisations: [],
      headName: direction === 'inbound' ? `Guest head ${n + 1}` : 'Phó Chủ tịch UBND tỉnh',
      headTitle: null,
      size,
      startDate: start,
      endDate: addDays(start, rnd.int(0, 5)),
      agencyCode: 'SNGV',
      planArea: 'III.9',
      ngoId: null,
      projectId: null,
      links: null,
      outcomes: null,
      followUps: null,
      searchText: searchText(`Doan ${purpose} ${year}`),
    });
    delegationCountries.push({
      id: randomUUID(),
      delegationId,
      countryCode: country,
      direction,
      startDate: start,
      size,
    });
  }
  await em.insertMany(AidProject, projects as never[]);
  await em.insertMany(ProjectSector, sectorRows as never[]);
  await em.insertMany(ProjectLocation, locationRows as never[]);
  await em.insertMany(AidTransaction, transactions as never[]);
  // The same events recording a transaction writes, so the dashboard of the demo province is not empty.
  const projectById = new Map(projects.map((p) => [p.id as string, p]));
  for (const t of transactions)
    recordTransactionEvent(
      em,
      projectById.get(t.projectId as string) as unknown as Parameters<typeof recordTransactionEvent>[1],
      t as unknown as Parameters<typeof recordTransactionEvent>[2],
    );
  await em.insertMany(Delegation, delegations as never[]);
  await em.insertMany(DelegationCountry, delegationCountries as never[]);
  // The event recording a delegation writes, one per delegation, for the plan's dashboard.
  for (const d of delegations)
    recordDelegationEvent(em, d as unknown as Parameters<typeof recordDelegationEvent>[1]);
  return {
    ngos: ngos.length,
    projects: projects.length,
    transactions: transactions.length,
    delegations: delegations.length,
  };
}

function rateOn(
  rnd: ReturnType<typeof seededRandom>,
  currency: Exclude<CurrencyCode, 'VND'>,
  date: string,
): string {
  const [low, high] = RATES[currency];
  const year = Number(date.slice(0, 4));
  const value = low + ((high - low) * (year - 2017)) / 8 + (rnd.next() - 0.5) * (high - low) * 0.05;
  return currency === 'KRW' || currency === 'JPY' ? value.toFixed(2) : String(Math.round(value));
}

function pickDistinct<T>(rnd: ReturnType<typeof seededRandom>, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(rnd.pick(items));
  return [...chosen];
}

/** 100 split in `parts` whole percentages. */
function split(parts: number): number[] {
  if (parts === 1) return [100];
  return [60, 40];
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number) {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
