import { ServiceError } from '@ascc/service-kit';
import {
  assertAllFound,
  assertNoneListedTwice,
  assertNotOnCourse,
  assertSessionsExist,
  attendanceRow,
} from '../enrolment-rules';

function refusal(run: () => unknown): ServiceError['body'] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return (error as ServiceError).body;
  }
  throw new Error('expected a refusal');
}

describe('enrolment rules', () => {
  it('refuses a trainee listed twice on each repeated entry, not the first', () => {
    expect(() => assertNoneListedTwice(['a', 'b', 'c'])).not.toThrow();
    const body = refusal(() => assertNoneListedTwice(['a', 'b', 'a', 'b', 'a']));
    expect(body.status).toBe(400);
    expect(body.fields?.map((f) => f.path)).toEqual(['traineeIds.2', 'traineeIds.3', 'traineeIds.4']);
    expect(body.fields?.[0]).toEqual(
      expect.objectContaining({ code: 'duplicate', params: { rule: 'traineeListedTwice' } }),
    );
  });

  it('refuses trainees the registry does not hold, on their entries', () => {
    expect(() => assertAllFound(['a', 'b'], [{ id: 'b' }, { id: 'a' }])).not.toThrow();
    const body = refusal(() => assertAllFound(['a', 'x', 'b', 'y'], [{ id: 'a' }, { id: 'b' }]));
    expect(body.fields).toEqual([
      expect.objectContaining({
        path: 'traineeIds.1',
        code: 'not_found',
        params: { rule: 'traineeNotFound' },
      }),
      expect.objectContaining({ path: 'traineeIds.3', code: 'not_found' }),
    ]);
  });

  it('lets a withdrawn trainee come back and refuses one already on the course, by name and status', () => {
    const trainees = [
      { id: 't1', staffCode: 'CB001', fullName: 'Nguyễn Văn An' },
      { id: 't2', staffCode: 'CB002', fullName: 'Trần Thị Bình' },
    ];
    expect(() =>
      assertNotOnCourse(['t1'], [{ traineeId: 't1', status: 'withdrawn' }], trainees),
    ).not.toThrow();
    const body = refusal(() =>
      assertNotOnCourse(
        ['t1', 't2'],
        [
          { traineeId: 't1', status: 'withdrawn' },
          { traineeId: 't2', status: 'waitlisted' },
        ],
        trainees,
      ),
    );
    expect(body.status).toBe(409);
    expect(body.fields).toEqual([
      expect.objectContaining({
        path: 'traineeIds.1',
        code: 'duplicate',
        message: 'Trần Thị Bình (CB002) is already waitlisted on this course',
        params: {
          rule: 'alreadyEnrolled',
          name: 'Trần Thị Bình',
          staffCode: 'CB002',
          enrolmentStatus: 'waitlisted',
        },
      }),
    ]);
  });

  it('refuses marks for sessions the course does not have, naming how many it has', () => {
    expect(() => assertSessionsExist([{ session: 0 }, { session: 2 }], 3)).not.toThrow();
    const body = refusal(() => assertSessionsExist([{ session: 0 }, { session: 3 }, { session: 7 }], 3));
    expect(body.fields).toEqual([
      expect.objectContaining({
        path: 'marks.1.session',
        code: 'too_big',
        params: { rule: 'noSuchSession', sessions: 3 },
      }),
      expect.objectContaining({ path: 'marks.2.session', code: 'too_big' }),
    ]);
  });

  it("gives one attendance entry per session, unmarked ones null, dropping marks beyond the course's sessions", () => {
    expect(attendanceRow([], 3)).toEqual([null, null, null]);
    expect(attendanceRow(['present', null, 'late'], 4)).toEqual(['present', null, 'late', null]);
    expect(attendanceRow(['present', 'absent', 'late'], 2)).toEqual(['present', 'absent']);
  });
});
