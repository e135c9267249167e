import type { EntityManager } from '@mikro-orm/core';
import {
  AID_EVENTS,
  BUDGET_EVENTS,
  CULTURE_EVENTS,
  type EventContract,
  type EventData,
  TRAINING_EVENTS,
} from '@ascc/contracts';
import { AidFact, BudgetFact, CultureFact, CultureFactCountry, TrainingFact } from './read-model.entities';

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
  }),
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
      },
    ];
    await em.insertMany(
      BudgetFact,
      lines.map((l) => ({
        lineId: l.lineId,
        estimateId: data.estimateId,
        agencyCode: data.agencyCode,
        year: data.fiscalYear,
        planArea: l.planArea,
        fundingSource: l.fundingSource,
        requested: l.requestedAmount,
        approved: l.approvedAmount,
      })),
    );
  }),
];

/** One row per sector × location of the transaction's project, weighted by both percentages. */
export function aidFactRows(data: EventData<typeof AID_EVENTS.transactionRecorded>) {
  return data.sectors.flatMap((s) =>
    data.locations.map((l) => ({
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
      weighted: (BigInt(data.dongAmount) * BigInt(s.percentage) * BigInt(l.percentage)).toString(),
    })),
  );
}

/** The streams the read model is built from (the publishers of the events above). */
export const SOURCE_STREAMS = [...new Set(PROJECTIONS.map((p) => p.contract.stream))];

export function projectionOf(subject: string): Registered | undefined {
  return PROJECTIONS.find((p) => p.contract.subject === subject);
}
