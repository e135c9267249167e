import type { EntityManager } from '@mikro-orm/core';
import { findSector, isAseanMember } from '@ascc/catalog';
import { AID_EVENTS, type EventData } from '@ascc/contracts';
import { recordEvent } from '@ascc/service-kit';

interface ProjectShape {
  id: string;
  agencyCode: string;
  planArea: string;
  donorCountryCode?: string | null;
  sectors: readonly { code: string; percentage: number }[];
  locations: readonly { districtCode: string; percentage: number }[];
}

interface TransactionShape {
  id: string;
  type: string;
  date: string;
  dongAmount: number | string;
}

/** The `aid.transaction.recorded` figures of a transaction on its project (ASEAN on its date). */
export function transactionRecorded(
  project: ProjectShape,
  t: TransactionShape,
): EventData<typeof AID_EVENTS.transactionRecorded> {
  return AID_EVENTS.transactionRecorded.schema.parse({
    transactionId: t.id,
    projectId: project.id,
    agencyCode: project.agencyCode,
    type: t.type,
    date: t.date,
    year: Number(t.date.slice(0, 4)),
    dongAmount: Number(t.dongAmount),
    donorCountryCode: project.donorCountryCode ?? null,
    asean: project.donorCountryCode ? isAseanMember(project.donorCountryCode, t.date) : false,
    sectors: project.sectors.map((s) => ({
      code: s.code,
      planArea: findSector(s.code)?.planArea ?? project.planArea,
      percentage: s.percentage,
    })),
    locations: project.locations.map((l) => ({ districtCode: l.districtCode, percentage: l.percentage })),
  });
}

/** Writes the event to the outbox in the transaction of `em` (the transaction's own). */
export function recordTransactionEvent(em: EntityManager, project: ProjectShape, t: TransactionShape): void {
  recordEvent(em, AID_EVENTS.transactionRecorded, transactionRecorded(project, t));
}
