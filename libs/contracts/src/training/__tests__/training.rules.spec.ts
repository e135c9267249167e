import {
  CreateTrainingCourseSchema,
  ChangeCourseStatusSchema,
  canMoveCourse,
  certificateNumber,
  completionResult,
  isCourseEditable,
  placeEnrolments,
  promotions,
  fieldErrorsFromZod,
  RecordScoresSchema,
} from '../../index';

const rule = { minAttendancePercent: 80, passScore: 5 };

describe(completionResult.name, () => {
  it('passes at exactly the attendance share and the pass score, counting late as attended', () => {
    expect(completionResult(rule, ['present', 'late', 'present', 'present', 'absent'], 5, 5)).toBe('passed');
  });
  it('fails below the share, an excused absence still being an absence', () => {
    expect(completionResult(rule, ['present', 'present', 'present', 'excused', 'absent'], 5, 10)).toBe(
      'failed',
    );
  });
  it('fails below the pass score or with no score', () => {
    expect(completionResult(rule, ['present'], 1, 4.75)).toBe('failed');
    expect(completionResult(rule, ['present'], 1, null)).toBe('failed');
  });
  it('asks no attendance of a course without sessions, and counts unrecorded sessions as absent', () => {
    expect(completionResult(rule, [], 0, 6)).toBe('passed');
    expect(completionResult(rule, ['present'], 2, 6)).toBe('failed');
  });
});

describe(placeEnrolments.name, () => {
  it('enrols while places remain and waitlists the rest, in order, never refusing', () => {
    expect(placeEnrolments(3, 1, 4)).toEqual(['enrolled', 'enrolled', 'waitlisted', 'waitlisted']);
    expect(placeEnrolments(3, 3, 2)).toEqual(['waitlisted', 'waitlisted']);
    expect(placeEnrolments(3, 5, 1)).toEqual(['waitlisted']);
  });
});

describe(promotions.name, () => {
  it('promotes the earliest on the waitlist first, as many as there are free places', () => {
    const waitlist = [{ seq: 9 }, { seq: 4 }, { seq: 7 }];
    expect(promotions(5, 4, waitlist)).toEqual([{ seq: 4 }]);
    expect(promotions(5, 3, waitlist)).toEqual([{ seq: 4 }, { seq: 7 }]);
    expect(promotions(5, 5, waitlist)).toEqual([]);
  });
});

describe(certificateNumber.name, () => {
  it('numbers per year with six digits', () => {
    expect(certificateNumber(2024, 123)).toBe('CC-2024-000123');
  });
});

describe('course workflow', () => {
  it('goes planned → open → in-progress → completed, and cancels from any but the end', () => {
    expect(canMoveCourse('planned', 'open')).toBe(true);
    expect(canMoveCourse('open', 'in-progress')).toBe(true);
    expect(canMoveCourse('in-progress', 'completed')).toBe(true);
    expect(canMoveCourse('planned', 'completed')).toBe(false);
    expect(canMoveCourse('open', 'cancelled')).toBe(true);
    expect(canMoveCourse('completed', 'cancelled')).toBe(false);
    expect(canMoveCourse('cancelled', 'open')).toBe(false);
    expect(isCourseEditable('completed')).toBe(false);
    expect(isCourseEditable('in-progress')).toBe(true);
  });
  it('wants a reason to cancel', () => {
    const r = ChangeCourseStatusSchema.safeParse({
      id: '8a1f0c1e-4c9e-4d7b-9a51-0d2f3c4b5a69',
      version: 1,
      status: 'cancelled',
    });
    expect(r.success ? [] : fieldErrorsFromZod(r.error).map((f) => f.path)).toEqual(['reason']);
  });
});

describe('CreateTrainingCourseSchema', () => {
  const base = {
    code: 'BD-1',
    titleVi: 'a',
    titleEn: 'a',
    topic: 'it',
    targetLevel: 'commune',
    agencyCode: 'SNV',
    startDate: '2024-05-06',
    endDate: '2024-05-08',
    capacity: 10,
    costEstimate: 0,
  };
  it('names each session outside the dates, beside other problems', () => {
    const r = CreateTrainingCourseSchema.safeParse({
      ...base,
      capacity: 0,
      sessions: [
        { date: '2024-05-06', topic: 'x' },
        { date: '2024-05-05', topic: 'y' },
      ],
    });
    expect(
      r.success
        ? []
        : fieldErrorsFromZod(r.error)
            .map((f) => f.path)
            .sort(),
    ).toEqual(['capacity', 'sessions.1.date']);
  });
  it('defaults the plan area to III.8 and the pass score to 5/10', () => {
    expect(CreateTrainingCourseSchema.parse(base)).toMatchObject({
      planArea: 'III.8',
      passScore: 5,
      minAttendancePercent: 80,
      sessions: [],
    });
  });
});

describe('RecordScoresSchema (the gateway and the service check scores with it)', () => {
  const id = '8d1b6f0e-3c6b-4f7e-9a57-2b1f0c3d4e5f';
  const scores = (...values: (number | null)[]) => ({
    id,
    scores: values.map((score) => ({ enrolmentId: id, score })),
  });
  const refused = (message: object) => {
    const r = RecordScoresSchema.safeParse(message);
    return r.success ? [] : fieldErrorsFromZod(r.error).map((f) => `${f.path}:${f.code}`);
  };

  it('keeps a decimal score as it is: 8.5 stays 8.5', () => {
    expect(RecordScoresSchema.parse(scores(8.5, null)).scores.map((s) => s.score)).toEqual([8.5, null]);
  });

  it('refuses, by the field it names, a score above 10 or below 0 instead of bringing it into range', () => {
    expect(refused(scores(8.5, 11, -1))).toEqual(['scores.1.score:too_big', 'scores.2.score:too_small']);
  });
});
