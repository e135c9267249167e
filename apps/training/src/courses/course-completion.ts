import { raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { TRAINING_EVENTS, certificateNumber, completionResult } from '@ascc/contracts';
import { recordEvent } from '@ascc/service-kit';
import { CertificateCounter } from '../enrolments/certificate-counter.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { type Person, person } from '../enrolments/roster-audit';
import { Trainee } from '../trainees/trainee.entity';
import type { TrainingCourse } from './training-course.entity';

/** How many of these people are women and men, and in all. */
export function genderCount(genders: readonly (string | undefined)[]) {
  const female = genders.filter((g) => g === 'female').length;
  return { female, male: genders.length - female, total: genders.length };
}

/**
 * Results, certificate numbers and the completion event of a course, inside its transaction; answers
 * each enrolled trainee's result for the course's history.
 */
export async function completeCourse(
  em: SqlEntityManager,
  course: TrainingCourse,
): Promise<(Person & { result: string | null; certificateNo: string | null })[]> {
  const enrolments = await em.find(
    Enrolment,
    { courseId: course.id, status: 'enrolled' },
    { orderBy: { seq: 'asc' } },
  );
  const trainees = new Map(
    (await em.find(Trainee, { id: { $in: enrolments.map((e) => e.traineeId) } })).map((t) => [t.id, t]),
  );
  const sessions = course.sessions.length;
  const passed: Enrolment[] = [];
  for (const enrolment of enrolments) {
    enrolment.result = completionResult(course, enrolment.attendance, sessions, enrolment.score ?? null);
    if (enrolment.result === 'passed') passed.push(enrolment);
  }
  const year = Number(course.endDate.slice(0, 4));
  if (passed.length) {
    const last = await reserveCertificateSerials(em, year, passed.length);
    passed.forEach((enrolment, i) => {
      enrolment.certificateNo = certificateNumber(year, last - passed.length + 1 + i);
    });
  }
  const count = (list: Enrolment[]) => genderCount(list.map((e) => trainees.get(e.traineeId)?.gender));
  recordEvent(em, TRAINING_EVENTS.courseCompleted, {
    courseId: course.id,
    code: course.code,
    titleVi: course.titleVi,
    agencyCode: course.agencyCode,
    topic: course.topic,
    targetLevel: course.targetLevel,
    targetGroup: course.targetGroup,
    year,
    trained: count(enrolments),
    completed: count(passed),
    communeTrained: enrolments.filter((e) => trainees.get(e.traineeId)?.level === 'commune').length,
    certificatesIssued: passed.length,
    planArea: course.planArea,
    completedAt: new Date().toISOString(),
  });
  return enrolments.flatMap((e) => {
    const trainee = trainees.get(e.traineeId);
    return trainee
      ? [{ ...person(trainee), result: e.result ?? null, certificateNo: e.certificateNo ?? null }]
      : [];
  });
}

/**
 * Takes `count` serials from the year's counter and answers the last one. The UPDATE locks the row
 * until the transaction ends, so concurrent completions queue on it and never get the same numbers.
 */
export async function reserveCertificateSerials(
  em: SqlEntityManager,
  year: number,
  count: number,
): Promise<number> {
  await em
    .createQueryBuilder(CertificateCounter)
    .insert({ year, last: 0 })
    .onConflict('year')
    .ignore()
    .execute();
  await em
    .createQueryBuilder(CertificateCounter)
    .update({ last: raw('last + ?', [count]) })
    .where({ year })
    .execute();
  const row = await em.createQueryBuilder(CertificateCounter).select('last').where({ year }).execute('get');
  return Number((row as { last: number }).last);
}
