import {
  ChangeCourseStatusSchema,
  attendanceGuard,
  checkInGuard,
  courseStatusGuard,
  enrolmentGuard,
  eventTransitionGuard,
  fieldErrorsFromZod,
  mayOverride,
  provinceToday,
} from '../index';

describe('provinceToday', () => {
  it('is the calendar day in Thái Bình (UTC+7), not in UTC', () => {
    // 18:30 UTC on 4 December is already 01:30 on 5 December in the province.
    expect(provinceToday(new Date('2026-12-04T18:30:00Z'))).toBe('2026-12-05');
    expect(provinceToday(new Date('2026-12-04T16:59:59Z'))).toBe('2026-12-04');
  });
});

describe('workflow guards', () => {
  it('starts a course only on or after its start date, and may be overridden', () => {
    const course = { startDate: '2026-12-10' };
    expect(courseStatusGuard(course, 'in-progress', '2026-12-10')).toBeNull();
    expect(courseStatusGuard(course, 'open', '2026-12-01')).toBeNull();
    expect(courseStatusGuard(course, 'in-progress', '2026-12-09')).toMatchObject({
      overridable: true,
      field: { path: 'status', params: { rule: 'courseNotStarted', startDate: '2026-12-10' } },
    });
  });

  it('takes attendance of a session only from its date', () => {
    const sessions = [{ date: '2026-12-10' }, { date: '2026-12-11' }];
    expect(attendanceGuard(sessions, 0, '2026-12-10', 'marks.0.session')).toBeNull();
    expect(attendanceGuard(sessions, 1, '2026-12-10', 'marks.3.session')).toMatchObject({
      field: { path: 'marks.3.session', params: { rule: 'sessionNotYet', session: 2, date: '2026-12-11' } },
    });
  });

  it('enrols only while open; a course in progress only by override; a planned one never', () => {
    expect(enrolmentGuard('open')).toBeNull();
    expect(enrolmentGuard('planned')).toMatchObject({ overridable: false });
    expect(enrolmentGuard('in-progress')).toMatchObject({ overridable: true });
    expect(enrolmentGuard('completed')?.field.params?.rule).toBe('enrolmentNotOpen');
  });

  it('holds an event from its start date; checks in only at a confirmed (or held) event', () => {
    expect(eventTransitionGuard({ startDate: '2026-12-20' }, 'held', '2026-12-04')?.field.params?.rule).toBe(
      'eventNotStarted',
    );
    expect(eventTransitionGuard({ startDate: '2026-12-20' }, 'confirmed', '2026-12-04')).toBeNull();
    expect(checkInGuard('planned')?.field.params?.rule).toBe('eventNotConfirmed');
    expect(checkInGuard('confirmed')).toBeNull();
    expect(checkInGuard('held')).toBeNull();
  });

  it('lets editors and admins override, and an override names its reason', () => {
    expect(mayOverride(['editor'])).toBe(true);
    expect(mayOverride(['viewer', 'plan-coordinator'])).toBe(false);
    const id = '8a1f0c1e-4c9e-4d7b-9a51-0d2f3c4b5a69';
    const r = ChangeCourseStatusSchema.safeParse({ id, version: 1, status: 'in-progress', override: true });
    expect(r.success ? [] : fieldErrorsFromZod(r.error)).toMatchObject([
      { path: 'overrideReason', params: { rule: 'overrideReasonRequired' } },
    ]);
  });
});
