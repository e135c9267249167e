import { ServiceError } from '@ascc/service-kit';
import { genderCount } from '../course-completion';
import { assertCapacityCovers, assertEditable, assertTransition, assertVersion } from '../course-guards';
import { courseFields, toCourseDto } from '../course-mappers';
import { TrainingCourse } from '../training-course.entity';

function refusal(run: () => unknown): ServiceError['body'] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return (error as ServiceError).body;
  }
  throw new Error('expected a refusal');
}

function course(status: TrainingCourse['status'], version = 2): TrainingCourse {
  return Object.assign(new TrainingCourse(), {
    id: 'c1',
    code: 'KH-01',
    titleVi: 'Lớp tiếng Anh',
    titleEn: 'English class',
    status,
    version,
    sessions: [],
    trainers: [],
    enrolledCount: 3,
    waitlistCount: 0,
  });
}

describe('course guards', () => {
  it('refuses to edit a completed or cancelled course, naming its code and status', () => {
    expect(() => assertEditable(course('planned'))).not.toThrow();
    expect(() => assertEditable(course('open'))).not.toThrow();
    expect(() => assertEditable(course('in-progress'))).not.toThrow();
    for (const status of ['completed', 'cancelled'] as const) {
      const body = refusal(() => assertEditable(course(status)));
      expect(body.status).toBe(409);
      expect(body.fields).toEqual([
        expect.objectContaining({
          path: 'status',
          code: 'not_editable',
          params: { rule: 'courseNotEditable', code: 'KH-01', courseStatus: status },
        }),
      ]);
    }
  });

  it('refuses a capacity below the trainees enrolled, on the capacity field', () => {
    expect(() => assertCapacityCovers(3, 3)).not.toThrow();
    const body = refusal(() => assertCapacityCovers(2, 3));
    expect(body.fields).toEqual([
      expect.objectContaining({
        path: 'capacity',
        code: 'too_small',
        params: { rule: 'capacityBelowEnrolled', count: 3 },
      }),
    ]);
  });

  it('allows the workflow moves and refuses the others, naming both statuses', () => {
    expect(() => assertTransition(course('planned'), 'open')).not.toThrow();
    expect(() => assertTransition(course('open'), 'cancelled')).not.toThrow();
    const body = refusal(() => assertTransition(course('completed'), 'open'));
    expect(body.status).toBe(409);
    expect(body.message).toBe('A completed course cannot become open');
    expect(body.fields).toEqual([
      expect.objectContaining({
        path: 'status',
        code: 'transition',
        params: {
          rule: 'courseTransition',
          code: 'KH-01',
          courseStatus: 'completed',
          courseStatusTo: 'open',
        },
      }),
    ]);
  });

  it('refuses a stale version, answering the course as stored', () => {
    expect(() => assertVersion(course('open', 4), 4)).not.toThrow();
    const body = refusal(() => assertVersion(course('open', 4), 3));
    expect(body.status).toBe(409);
    expect(JSON.stringify(body)).toContain('"version":4');
  });
});

describe('course mappers', () => {
  it('keeps a language only on a foreign-language course, and stores no district as null', () => {
    const base = { code: 'KH-01', titleVi: 'Lớp', titleEn: 'Class', venue: 'Thái Bình' };
    expect(courseFields({ ...base, topic: 'foreign-language', language: 'en' })).toEqual(
      expect.objectContaining({ language: 'en', districtCode: null }),
    );
    expect(
      courseFields({ ...base, topic: 'state-management', language: 'en', districtCode: 'H-VUTHU' }),
    ).toEqual(expect.objectContaining({ language: null, districtCode: 'H-VUTHU' }));
    expect(courseFields({ ...base, topic: 'foreign-language' }).searchText).toContain('kh-01');
  });

  it('answers absent optional values as null', () => {
    const dto = toCourseDto(course('open'));
    expect(dto).toEqual(
      expect.objectContaining({ code: 'KH-01', language: null, districtCode: null, cancelReason: null }),
    );
  });
});

describe('completion counts', () => {
  it('counts women, men (everyone else) and the total', () => {
    expect(genderCount([])).toEqual({ female: 0, male: 0, total: 0 });
    expect(genderCount(['female', 'male', 'female', undefined])).toEqual({ female: 2, male: 2, total: 4 });
  });
});
