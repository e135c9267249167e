import { Inject, Controller } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { attendanceGuard, provinceToday, TRAINING_ROUTES, type RouteInput } from '@ascc/contracts';
import { type RequestContext, applyGuards, recordAudit, Handles } from '@ascc/service-kit';
import { must } from './enrolment-mappers';
import { assertSessionsExist, attendanceRow } from './enrolment-rules';
import {
  type AttendanceChange,
  ENROLMENT_ENTITY,
  type ScoreChange,
  person,
  recordOverride,
} from './roster-audit';
import { enrolledOf, roster, traineesOf, writableCourse } from './roster';

/** What the enrolled trainees did on the course: attendance per session and scores. */
@Controller()
export class RosterMarksService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(TRAINING_ROUTES.attendanceRecord)
  async recordAttendance(input: RouteInput<typeof TRAINING_ROUTES.attendanceRecord>, ctx: RequestContext) {
    const { id, marks } = input;
    return this.orm.em.fork().transactional(async (em) => {
      const course = await writableCourse(em, id, ctx);
      const enrolments = await enrolledOf(em, id, [...new Set(marks.map((m) => m.enrolmentId))], 'marks');
      assertSessionsExist(marks, course.sessions.length);
      const today = provinceToday();
      const overrideReason = applyGuards(
        [...new Set(marks.map((m) => m.session))].map((session) =>
          attendanceGuard(
            course.sessions,
            session,
            today,
            `marks.${marks.findIndex((m) => m.session === session)}.session`,
          ),
        ),
        input,
        ctx,
      );
      const people = await traineesOf(em, [...enrolments.values()]);
      const before: AttendanceChange[] = [];
      const after: AttendanceChange[] = [];
      for (const m of marks) {
        const enrolment = must(enrolments, m.enrolmentId);
        const attendance = attendanceRow(enrolment.attendance, course.sessions.length);
        const mark = { ...person(must(people, enrolment.traineeId)), session: m.session + 1 };
        const date = course.sessions[m.session]?.date ?? null;
        before.push({ ...mark, date, mark: attendance[m.session] });
        after.push({ ...mark, date, mark: m.mark });
        attendance[m.session] = m.mark;
        enrolment.attendance = attendance;
      }
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENROLMENT_ENTITY,
        entityId: id,
        agencyCode: course.agencyCode,
        action: 'update',
        before: { attendance: before },
        after: { attendance: after },
      });
      if (overrideReason) recordOverride(em, ctx, course, { attendance: marks.length }, overrideReason);
      return { items: await roster(em, id) };
    });
  }

  @Handles(TRAINING_ROUTES.scoresRecord)
  async recordScores({ id, scores }: RouteInput<typeof TRAINING_ROUTES.scoresRecord>, ctx: RequestContext) {
    return this.orm.em.fork().transactional(async (em) => {
      const course = await writableCourse(em, id, ctx);
      const enrolments = await enrolledOf(
        em,
        id,
        scores.map((s) => s.enrolmentId),
        'scores',
      );
      const people = await traineesOf(em, [...enrolments.values()]);
      const before: ScoreChange[] = [];
      const after: ScoreChange[] = [];
      for (const s of scores) {
        const enrolment = must(enrolments, s.enrolmentId);
        const who = person(must(people, enrolment.traineeId));
        before.push({ ...who, score: enrolment.score ?? null });
        after.push({ ...who, score: s.score });
        enrolment.score = s.score;
      }
      await em.flush();
      recordAudit(em, ctx, {
        entity: ENROLMENT_ENTITY,
        entityId: id,
        agencyCode: course.agencyCode,
        action: 'update',
        before: { scores: before },
        after: { scores: after },
      });
      return { items: await roster(em, id) };
    });
  }
}
