import type { EntityManager } from '@mikro-orm/core';
import { findSector, isAseanMember } from '@ascc/catalog';
import { AID_EVENTS, type EventData } from '@ascc/contracts';
import { recordEvent } from '@ascc/service-kit';

interface ProjectShape {
  id: string;
  code: string;
  titleVi: string;
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
  reversesTransactionId?: string | null;
}

/** What the delegation event is built from: the entity, its DTO or a demo row all have it. */
interface DelegationShape {
  id: string;
  version: number;
  title: string;
  agencyCode: string;
  direction: string;
  purpose: string;
  planArea: string;
  countryCodes: readonly string[];
  size: number;
  startDate: string;
  endDate: string;
}

/** The `aid.transaction.recorded` figures of a transaction on its project (ASEAN on its date). */
export function transactionRecorded(
  project: ProjectShape,
  t: TransactionShape,
): EventData<typeof AID_EVENTS.transactionRecorded> {
  return AID_EVENTS.transactionRecorded.schema.parse({
    transactionId: t.id,
    projectId: project.id,
    projectCode: project.code,
    projectTitleVi: project.titleVi,
    agencyCode: project.agencyCode,
    type: t.type,
    date: t.date,
    year: Number(t.date.slice(0, 4)),
    dongAmount: Number(t.dongAmount),
    ...(t.reversesTransactionId ? { reversesTransactionId: t.reversesTransactionId } : {}),
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

/**
 * The `aid.delegation.recorded` data of a delegation: its whole latest state, each country marked ASEAN
 * member or not on the start date (the catalogue's dated membership), the year of the start date.
 */
export function delegationRecorded(d: DelegationShape): EventData<typeof AID_EVENTS.delegationRecorded> {
  return AID_EVENTS.delegationRecorded.schema.parse({
    delegationId: d.id,
    version: d.version,
    titleVi: d.title,
    agencyCode: d.agencyCode,
    direction: d.direction,
    purpose: d.purpose,
    planArea: d.planArea,
    countries: d.countryCodes.map((code) => ({ code, asean: isAseanMember(code, d.startDate) })),
    size: d.size,
    startDate: d.startDate,
    endDate: d.endDate,
    year: Number(d.startDate.slice(0, 4)),
  });
}

/** Writes the delegation's latest state to the outbox in the transaction of `em`. */
export function recordDelegationEvent(em: EntityManager, d: DelegationShape): void {
  recordEvent(em, AID_EVENTS.delegationRecorded, delegationRecorded(d));
}

/** The `aid.ngo.recorded` data of an NGO: what the reporting service's reminders need of it. */
export function ngoRecorded(ngo: {
  id: string;
  version: number;
  nameVi: string;
  agencyCode: string;
  registrationValidTo?: string | null;
}): EventData<typeof AID_EVENTS.ngoRecorded> {
  return AID_EVENTS.ngoRecorded.schema.parse({
    ngoId: ngo.id,
    version: ngo.version,
    name: ngo.nameVi,
    agencyCode: ngo.agencyCode,
    registrationExpiresOn: ngo.registrationValidTo ?? null,
  });
}

/** The `aid.project.recorded` data of a project: its status and the dates of the six-month start rule. */
export function projectRecorded(project: {
  id: string;
  version: number;
  code: string;
  titleVi: string;
  agencyCode: string;
  status: string;
  decisionDate?: string | null;
  actualStart?: string | null;
}): EventData<typeof AID_EVENTS.projectRecorded> {
  return AID_EVENTS.projectRecorded.schema.parse({
    projectId: project.id,
    version: project.version,
    code: project.code,
    titleVi: project.titleVi,
    agencyCode: project.agencyCode,
    status: project.status,
    decisionDate: project.decisionDate ?? null,
    actualStart: project.actualStart ?? null,
  });
}
