import type { EntityManager } from '@mikro-orm/core';
import {
  AID_EVENTS,
  BUDGET_EVENTS,
  CULTURE_EVENTS,
  type EventContract,
  type EventData,
  TRAINING_EVENTS,
  splitByWeights,
} from '@ascc/contracts';
import { searchText } from '@ascc/service-kit';
import {
  projectAidProject as projectAidProjectReminder,
  projectCourse,
  projectDeadline,
  projectNgo,
  projectSubmission,
} from '../notifications/facts/reminder-projections';
import { AidFact } from './aid-fact.entity';
import { AidProjectFact } from './aid-project-fact.entity';
import { BudgetFact } from './budget-fact.entity';
import { CultureFactCountry } from './culture-fact-country.entity';
import { CultureFact } from './culture-fact.entity';
import { DelegationFactCountry } from './delegation-fact-country.entity';
import { DelegationFact } from './delegation-fact.entity';
import { TrainingFact } from './training-fact.entity';

/** How one event changes the read model, inside the transaction that also records it as processed. */
type Projection<E extends EventContract> = (em: EntityManager, data: EventData<E>) => Promise<void>;

interface Registered<E extends EventContract = EventContract> {
  contract: E;
  project: Projection<E>;
}

const on = <E extends EventContract>(contract: E, project: Projection<E>): Registered =>
  ({ contract, project }) as unknown as Registered;

/** A held event later reported: its figures replace the held ones (keyed by the event's id). */
async function projectCulturalEvent(
  em: EntityManager,
  data: EventData<typeof CULTURE_EVENTS.eventHeld> | EventData<typeof CULTURE_EVENTS.eventReported>,
) {
  await em.nativeDelete(CultureFactCountry, { culturalEventId: data.eventId });
  await em.nativeDelete(CultureFact, { culturalEventId: data.eventId });
  await em.insert(CultureFact, {
    culturalEventId: data.eventId,
    title: data.titleVi ?? null,
    searchText: searchText(data.titleVi),
    agencyCode: data.agencyCode,
    year: data.year,
    type: data.type,
    districtCode: data.districtCode,
    planArea: data.planArea,
    audience: data.audience,
  });
  if (data.countries.length)
    await em.insertMany(
      CultureFactCountry,
      data.countries.map((c) => ({
        culturalEventId: data.eventId,
        year: data.year,
        countryCode: c.code,
        asean: c.asean,
      })),
    );
}

/**
 * Every event the read model is made of, with its projection. Each replaces the facts of its source
 * record, so applying an event a second time (a replay) leaves the same figures.
 */
export const PROJECTIONS: readonly Registered[] = [
  on(TRAINING_EVENTS.courseCompleted, async (em, data) => {
    await em.nativeDelete(TrainingFact, { courseId: data.courseId });
    await em.insert(TrainingFact, {
      courseId: data.courseId,
      code: data.code,
      title: data.titleVi ?? null,
      searchText: searchText(data.code, data.titleVi),
      agencyCode: data.agencyCode,
      year: data.year,
      topic: data.topic,
      level: data.targetLevel,
      targetGroup: data.targetGroup,
      planArea: data.planArea ?? 'III.8',
      trained: data.trained.total,
      completed: data.completed.total,
      female: data.trained.female,
      communeTrained: data.communeTrained,
    });
  }),
  on(CULTURE_EVENTS.eventHeld, projectCulturalEvent),
  on(CULTURE_EVENTS.eventReported, projectCulturalEvent),
  // A cancelled event that had been held (it cannot be: a held event never goes back) is no figure.
  on(CULTURE_EVENTS.eventCancelled, async (em, data) => {
    await em.nativeDelete(CultureFactCountry, { culturalEventId: data.eventId });
    await em.nativeDelete(CultureFact, { culturalEventId: data.eventId });
  }),
  on(AID_EVENTS.transactionRecorded, async (em, data) => {
    await em.nativeDelete(AidFact, { transactionId: data.transactionId });
    const rows = aidFactRows(data);
    if (rows.length) await em.insertMany(AidFact, rows);
    await projectAidProject(em, data);
  }),
  on(AID_EVENTS.delegationRecorded, projectDelegation),
  on(BUDGET_EVENTS.estimateApproved, async (em, data) => {
    await em.nativeDelete(BudgetFact, { estimateId: data.estimateId });
    const lines = data.lines ?? [
      // An approval recorded before lines travelled with it: the estimate's totals, without a breakdown.
      {
        lineId: data.estimateId,
        planArea: null,
        fundingSource: null,
        requestedAmount: data.requestedAmount,
        approvedAmount: data.approvedAmount,
        description: undefined,
      },
    ];
    await em.insertMany(
      BudgetFact,
      lines.map((l) => ({
        lineId: l.lineId,
        estimateId: data.estimateId,
        description: l.description ?? null,
        searchText: searchText(l.description),
        agencyCode: data.agencyCode,
        year: data.fiscalYear,
        planArea: l.planArea,
        fundingSource: l.fundingSource,
        requested: l.requestedAmount,
        approved: l.approvedAmount,
      })),
    );
  }),
  // The reminders' facts (the inbox's date-driven rules): what each rule needs of the records.
  on(AID_EVENTS.ngoRecorded, projectNgo),
  on(AID_EVENTS.projectRecorded, projectAidProjectReminder),
  on(TRAINING_EVENTS.courseRecorded, projectCourse),
  on(BUDGET_EVENTS.deadlineChanged, projectDeadline),
  on(BUDGET_EVENTS.estimateSubmitted, projectSubmission),
];

/**
 * The project's code and title as its transaction announced them. A transaction written before titles
 * travelled leaves a title already known in place (and lists the project untitled until one arrives).
 */
async function projectAidProject(em: EntityManager, data: EventData<typeof AID_EVENTS.transactionRecorded>) {
  // Counts, not entities: a batch of replayed events shares one entity manager, whose identity map
  // would answer with what it loaded before this batch's earlier events changed the row.
  const known = (await em.count(AidProjectFact, { projectId: data.projectId })) > 0;
  const titled = data.projectTitleVi !== undefined || data.projectCode !== undefined;
  if (known && !titled) return;
  const row = {
    code: data.projectCode ?? null,
    title: data.projectTitleVi ?? null,
    searchText: searchText(data.projectCode, data.projectTitleVi),
  };
  if (known) await em.nativeUpdate(AidProjectFact, { projectId: data.projectId }, row);
  else await em.insert(AidProjectFact, { projectId: data.projectId, ...row });
}

/**
 * A delegation's latest state replaces what the read model had of it, with its countries; a version
 * older than the one applied (a late redelivery) changes nothing.
 */
async function projectDelegation(em: EntityManager, data: EventData<typeof AID_EVENTS.delegationRecorded>) {
  const newer = { delegationId: data.delegationId, version: { $gt: data.version } };
  if (await em.count(DelegationFact, newer)) return;
  await em.nativeDelete(DelegationFactCountry, { delegationId: data.delegationId });
  await em.nativeDelete(DelegationFact, { delegationId: data.delegationId });
  await em.insert(DelegationFact, {
    delegationId: data.delegationId,
    version: data.version,
    title: data.titleVi,
    searchText: searchText(data.titleVi),
    agencyCode: data.agencyCode,
    direction: data.direction,
    purpose: data.purpose,
    planArea: data.planArea,
    size: data.size,
    startDate: data.startDate,
    year: data.year,
  });
  if (data.countries.length)
    await em.insertMany(
      DelegationFactCountry,
      data.countries.map((c) => ({
        delegationId: data.delegationId,
        year: data.year,
        countryCode: c.code,
        asean: c.asean,
      })),
    );
}

/**
 * A transaction's đồng split over its project's sectors × locations (`parts[sector][location]`): first by
 * the sectors' percentages, then each sector's part by the locations' percentages, both by the largest
 * remainder (`splitByWeights`) — whole đồng that add up to the transaction exactly. A reversing entry
 * (negative đồng) gives the mirror parts, which cancel its original's.
 */
export function splitAidAmount(
  dong: number | string | bigint,
  sectorPercentages: readonly number[],
  locationPercentages: readonly number[],
): bigint[][] {
  if (!sectorPercentages.length || !locationPercentages.length) return [];
  return splitByWeights(dong, sectorPercentages).map((part) => splitByWeights(part, locationPercentages));
}

/** One row per sector × location of the transaction's project, with its share of the đồng (`splitAidAmount`). */
export function aidFactRows(data: EventData<typeof AID_EVENTS.transactionRecorded>) {
  const parts = splitAidAmount(
    data.dongAmount,
    data.sectors.map((s) => s.percentage),
    data.locations.map((l) => l.percentage),
  );
  return data.sectors.flatMap((s, i) =>
    data.locations.map((l, j) => ({
      transactionId: data.transactionId,
      projectId: data.projectId,
      agencyCode: data.agencyCode,
      type: data.type,
      year: data.year,
      countryCode: data.donorCountryCode,
      asean: data.asean,
      sectorCode: s.code,
      planArea: s.planArea,
      districtCode: l.districtCode,
      amount: parts[i][j].toString(),
    })),
  );
}

/** The streams the read model is built from (the publishers of the events above). */
export const SOURCE_STREAMS = [...new Set(PROJECTIONS.map((p) => p.contract.stream))];

export function projectionOf(subject: string): Registered | undefined {
  return PROJECTIONS.find((p) => p.contract.subject === subject);
}
