import { randomUUID } from 'node:crypto';
import { DISTRICT_CODES, SECTORS, findSector } from '@ascc/catalog';
import { type Participant, type ProjectStatus, dongEquivalent } from '@ascc/contracts';
import { searchText } from '@ascc/service-kit';
import { tagList } from '../common/aid-sql';
import { CURRENCY_OF, TOPICS } from './aid-demo-catalog';
import {
  type DemoContext,
  type DemoNgo,
  type DemoRows,
  pickDistinct,
  rateOn,
  split,
} from './aid-demo-values';

/**
 * 72 projects 2017–2025 across districts and sectors, each with its commitment and disbursements (in
 * the donor's currency or VND) and, for every third, the donor's inbound delegation that signed it.
 */
export function demoProjects(
  { rnd, now, meta, pad, dateIn }: DemoContext,
  ngos: DemoNgo[],
  rows: DemoRows,
): void {
  const { projects, sectorRows, locationRows, transactions, delegations, delegationCountries } = rows;
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
}
