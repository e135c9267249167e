import { randomUUID } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/core';
import { AID_EVENTS, type CountryCode } from '@ascc/contracts';
import { recordEvent, searchText, seededRandom } from '@ascc/service-kit';
import { tagList } from '../common/aid-sql';
import { Delegation } from '../delegations/delegation.entity';
import { DelegationCountry } from '../delegations/delegation-country.entity';
import {
  ngoRecorded,
  projectRecorded,
  recordDelegationEvent,
  recordTransactionEvent,
} from '../events/aid-events';
import { Ngo } from '../ngos/ngo.entity';
import { AidProject } from '../projects/aid-project.entity';
import { AidTransaction } from '../projects/aid-transaction.entity';
import { ProjectLocation } from '../projects/project-location.entity';
import { ProjectSector } from '../projects/project-sector.entity';
import { NGOS } from './aid-demo-catalog';
import { demoProjects } from './aid-demo-projects';
import { type DemoContext, type DemoRows, addDays, demoContext, today } from './aid-demo-values';

/**
 * Writes the demo: NGOs, projects with their transactions, delegations, with native batch inserts, and
 * the outbox events recording them writes (one per NGO, project, transaction and delegation). Seeded, so the
 * same figures every time.
 */
export async function seedAidDemo(em: EntityManager) {
  const ctx = demoContext(seededRandom(38_2017), new Date());
  const ngos = demoNgos(ctx);
  await em.insertMany(Ngo, ngos);
  // The event recording an NGO writes: the reminders know when each registration expires.
  for (const ngo of ngos) recordEvent(em, AID_EVENTS.ngoRecorded, ngoRecorded(ngo));
  const rows: DemoRows = {
    projects: [],
    sectorRows: [],
    locationRows: [],
    transactions: [],
    delegations: [],
    delegationCountries: [],
  };
  demoProjects(ctx, ngos, rows);
  exchangeDelegations(ctx, rows);
  const { projects, sectorRows, locationRows, transactions, delegations, delegationCountries } = rows;
  await em.insertMany(AidProject, projects as never[]);
  // …and a project: the reminders know which approved projects have not started.
  for (const project of projects)
    recordEvent(
      em,
      AID_EVENTS.projectRecorded,
      projectRecorded(project as unknown as Parameters<typeof projectRecorded>[0]),
    );
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

/** The registered NGOs, some of their registrations running out within weeks of today. */
function demoNgos({ meta }: DemoContext) {
  return NGOS.map((n, i) => {
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
}

/** Outbound visits and culture/education exchanges with ASEAN neighbours and partners. */
function exchangeDelegations(
  { rnd, meta, dateIn }: DemoContext,
  { delegations, delegationCountries }: DemoRows,
): void {
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
}
