import type { Enrolment } from '@ascc/contracts';
import { attendanceKey, attendanceMarks, enrolledOnly, scoreEntries } from '../course-marks';

const enrolment = (id: string, status: Enrolment['status']) => ({ id, status }) as Enrolment;

describe('course marks', () => {
  it('keeps only the enrolled trainees, in roster order', () => {
    const items = [enrolment('a', 'enrolled'), enrolment('b', 'waitlisted'), enrolment('c', 'withdrawn')];
    expect(enrolledOnly([...items, enrolment('d', 'enrolled')]).map((e) => e.id)).toEqual(['a', 'd']);
  });

  it('turns the unsaved attendance changes back into marks per trainee and session', () => {
    const changes = {
      [attendanceKey('e1', 0)]: 'present' as const,
      [attendanceKey('e1', 2)]: null,
      [attendanceKey('e2', 11)]: 'absent' as const,
    };
    expect(attendanceMarks(changes)).toEqual([
      { enrolmentId: 'e1', session: 0, mark: 'present' },
      { enrolmentId: 'e1', session: 2, mark: null },
      { enrolmentId: 'e2', session: 11, mark: 'absent' },
    ]);
    expect(attendanceMarks({})).toEqual([]);
  });

  it('sends a typed score as a number and anything else as a cleared score', () => {
    expect(scoreEntries({ e1: 7.5, e2: 0, e3: null, e4: '' })).toEqual([
      { enrolmentId: 'e1', score: 7.5 },
      { enrolmentId: 'e2', score: 0 },
      { enrolmentId: 'e3', score: null },
      { enrolmentId: 'e4', score: null },
    ]);
  });
});
