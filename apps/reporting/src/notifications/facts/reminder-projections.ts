import type { EntityManager, EntityName, FilterQuery, RequiredEntityData } from '@mikro-orm/core';
import { AID_EVENTS, BUDGET_EVENTS, type EventData, TRAINING_EVENTS } from '@ascc/contracts';
import { AidProjectReminderFact } from './aid-project-reminder-fact.entity';
import { BudgetDeadlineFact } from './budget-deadline-fact.entity';
import { CourseReminderFact } from './course-reminder-fact.entity';
import { EstimateSubmissionFact } from './estimate-submission-fact.entity';
import { NgoReminderFact } from './ngo-reminder-fact.entity';

/** Statuses in which an approved project still waits to start (a later IATI status means it started). */
const AWAITING_START = ['approved', 'pipeline'];

/**
 * Replaces the row of `where` with `row`, unless the row holds a newer version than `version` (a late
 * redelivery changes nothing). Counts, not entities: a rebuild's batch shares one entity manager.
 */
async function replaceVersioned<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  version: number,
  row: RequiredEntityData<T>,
): Promise<void> {
  if (await em.count(entity, { $and: [where, { version: { $gt: version } }] } as FilterQuery<T>)) return;
  await em.nativeDelete(entity, where);
  await em.insert(entity, row);
}

/** The facts of `aid.ngo.recorded`: the NGO's registration expiry. */
export function ngoFact(data: EventData<typeof AID_EVENTS.ngoRecorded>) {
  return {
    ngoId: data.ngoId,
    version: data.version,
    name: data.name,
    agencyCode: data.agencyCode,
    expiresOn: data.registrationExpiresOn,
  };
}

/** The facts of `aid.project.recorded`: its decision date while it waits to start, else none. */
export function aidProjectFact(data: EventData<typeof AID_EVENTS.projectRecorded>) {
  const waiting = AWAITING_START.includes(data.status) && !data.actualStart;
  return {
    projectId: data.projectId,
    version: data.version,
    title: data.titleVi,
    agencyCode: data.agencyCode,
    approvedOn: waiting ? data.decisionDate : null,
    startedOn: data.actualStart,
  };
}

/** The facts of `training.course.recorded`. */
export function courseFact(data: EventData<typeof TRAINING_EVENTS.courseRecorded>) {
  return {
    courseId: data.courseId,
    version: data.version,
    title: data.titleVi,
    agencyCode: data.agencyCode,
    status: data.status,
    startsOn: data.startDate,
    capacity: data.capacity,
    enrolled: data.enrolled,
  };
}

export const projectNgo = (em: EntityManager, data: EventData<typeof AID_EVENTS.ngoRecorded>) =>
  replaceVersioned(em, NgoReminderFact, { ngoId: data.ngoId }, data.version, ngoFact(data));

export const projectAidProject = (em: EntityManager, data: EventData<typeof AID_EVENTS.projectRecorded>) =>
  replaceVersioned(
    em,
    AidProjectReminderFact,
    { projectId: data.projectId },
    data.version,
    aidProjectFact(data),
  );

export const projectCourse = (em: EntityManager, data: EventData<typeof TRAINING_EVENTS.courseRecorded>) =>
  replaceVersioned(em, CourseReminderFact, { courseId: data.courseId }, data.version, courseFact(data));

/** A deadline set again replaces the year's (the stream delivers a year's settings in order). */
export async function projectDeadline(
  em: EntityManager,
  data: EventData<typeof BUDGET_EVENTS.deadlineChanged>,
) {
  await em.nativeDelete(BudgetDeadlineFact, { fiscalYear: data.fiscalYear });
  await em.insert(BudgetDeadlineFact, { fiscalYear: data.fiscalYear, deadline: data.deadline });
}

/** A resubmission keeps the estimate's one row. */
export async function projectSubmission(
  em: EntityManager,
  data: EventData<typeof BUDGET_EVENTS.estimateSubmitted>,
) {
  await em.nativeDelete(EstimateSubmissionFact, { estimateId: data.estimateId });
  await em.insert(EstimateSubmissionFact, {
    estimateId: data.estimateId,
    agencyCode: data.agencyCode,
    fiscalYear: data.fiscalYear,
  });
}

/** The reminder facts' tables, in the read model (cleared and refilled by a rebuild). */
export const REMINDER_FACT_ENTITIES = [
  NgoReminderFact,
  AidProjectReminderFact,
  CourseReminderFact,
  BudgetDeadlineFact,
  EstimateSubmissionFact,
] as const;
