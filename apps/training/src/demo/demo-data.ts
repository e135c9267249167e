import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { DISTRICTS } from '@ascc/catalog';
import {
  type AttendanceMark,
  type CourseStatus,
  TARGET_GROUPS,
  TARGET_LEVELS,
  TRAINING_EVENTS,
  TRAINING_TOPICS,
  certificateNumber,
  completionResult,
} from '@ascc/contracts';
import { demoDataEnabled, recordEvent, searchText, seededRandom } from '@ascc/service-kit';
import { TrainingCourse } from '../courses/training-course.entity';
import { recordCourseEvent } from '../courses/course-recorded';
import { CertificateCounter } from '../enrolments/certificate-counter.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Trainee } from '../trainees/trainee.entity';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Phan', 'Đinh'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu'];
const GIVEN_F = ['Hương', 'Lan', 'Hoa', 'Mai', 'Thảo', 'Hằng', 'Trang', 'Linh', 'Nga', 'Yến', 'Phương'];
const GIVEN_M = ['Hùng', 'Dũng', 'Tuấn', 'Nam', 'Hải', 'Long', 'Thắng', 'Quân', 'Sơn', 'Cường', 'Bình'];
const COMMUNES = [
  'Xã Đông Hợp',
  'Xã An Bình',
  'Xã Tân Lập',
  'Xã Hồng Phong',
  'Xã Thụy Hà',
  'Xã Nam Trung',
  'Xã Vũ Hội',
  'Xã Quỳnh Hoa',
];
const POSITIONS = [
  'Chuyên viên',
  'Công chức văn phòng - thống kê',
  'Phó Chủ tịch UBND xã',
  'Công chức tư pháp - hộ tịch',
  'Viên chức',
];
const TITLES: Record<(typeof TRAINING_TOPICS)[number], [string, string]> = {
  'international-integration': ['Bồi dưỡng kiến thức hội nhập quốc tế', 'International integration'],
  'foreign-affairs': ['Bồi dưỡng kiến thức đối ngoại', 'Foreign affairs knowledge'],
  'foreign-language': ['Tiếng Anh giao tiếp cho cán bộ, công chức', 'English for civil servants'],
  it: ['Ứng dụng công nghệ thông tin', 'Information technology skills'],
  'asean-cooperation': ['Chuyên môn hợp tác ASEAN', 'ASEAN cooperation expertise'],
  'professional-skills': ['Kỹ năng chuyên môn nghiệp vụ', 'Professional skills'],
  'state-management': ['Quản lý nhà nước', 'State management'],
  'political-theory': ['Lý luận chính trị', 'Political theory'],
};

/**
 * The embedded default's demo province: about 60 courses 2017–2025 across Thái Bình's districts, 400
 * trainees, their enrolments, results and certificates — written once, in one transaction, when the
 * training tables are empty and SEED_DEMO_DATA is on. Repeatable: the same seed gives the same data.
 */
@Injectable()
export class TrainingDemoData implements OnApplicationBootstrap {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  async onApplicationBootstrap() {
    if (!demoDataEnabled()) return;
    const em = this.orm.em.fork();
    if ((await em.count(TrainingCourse)) || (await em.count(Trainee))) return;
    const started = Date.now();
    const data = buildDemoData();
    await em.transactional(async (tx) => {
      await tx.insertMany(Trainee, data.trainees);
      await tx.insertMany(TrainingCourse, data.courses);
      for (let i = 0; i < data.enrolments.length; i += 500)
        await tx.insertMany(Enrolment, data.enrolments.slice(i, i + 500));
      await tx.insertMany(CertificateCounter, data.counters);
      // The events completing a course writes, so the cross-department dashboard has the demo's figures.
      for (const event of completedCourseEvents(data))
        recordEvent(tx, TRAINING_EVENTS.courseCompleted, event);
      // The event recording a course writes: the reminders know its start date and open places.
      for (const course of data.courses) recordCourseEvent(tx, course as TrainingCourse);
    });
    new Logger('DemoData').log(
      `training: ${data.courses.length} courses, ${data.trainees.length} trainees, ${data.enrolments.length} enrolments in ${Date.now() - started} ms`,
    );
  }
}

/** `training.course.completed` of every completed demo course, counted as completing a course counts. */
export function completedCourseEvents(data: ReturnType<typeof buildDemoData>) {
  const trainees = new Map<string, (typeof data.trainees)[number]>(data.trainees.map((t) => [t.id, t]));
  return data.courses
    .filter((course) => course.status === 'completed')
    .map((course) => {
      const enrolled = data.enrolments.filter((e) => e.courseId === course.id && e.status === 'enrolled');
      const passed = enrolled.filter((e) => e.result === 'passed');
      const count = (list: Enrolment[]) => {
        const female = list.filter((e) => trainees.get(e.traineeId)?.gender === 'female').length;
        return { female, male: list.length - female, total: list.length };
      };
      return {
        courseId: course.id,
        code: course.code,
        titleVi: course.titleVi,
        agencyCode: course.agencyCode,
        topic: course.topic,
        targetLevel: course.targetLevel,
        targetGroup: course.targetGroup,
        year: Number(course.endDate.slice(0, 4)),
        trained: count(enrolled),
        completed: count(passed),
        communeTrained: enrolled.filter((e) => trainees.get(e.traineeId)?.level === 'commune').length,
        certificatesIssued: passed.length,
        planArea: course.planArea,
        completedAt: `${course.endDate}T17:00:00.000Z`,
      };
    });
}

export function buildDemoData(seed = 38_2017) {
  const rnd = seededRandom(seed);
  const now = new Date();
  const meta = () => ({ id: randomUUID(), version: 1, createdAt: now, updatedAt: now });
  const trainees = Array.from({ length: 400 }, (_, i) => {
    const female = rnd.chance(0.55);
    const fullName = `${rnd.pick(FAMILY)} ${rnd.pick(female ? MIDDLE_F : MIDDLE_M)} ${rnd.pick(female ? GIVEN_F : GIVEN_M)}`;
    const level = i < 220 ? 'commune' : i < 320 ? 'district' : 'province';
    const district = rnd.pick(DISTRICTS);
    const staffCode = `TB-${String(i + 1).padStart(5, '0')}`;
    const commune = level === 'commune' ? rnd.pick(COMMUNES) : null;
    const position = rnd.pick(POSITIONS);
    return {
      ...meta(),
      staffCode,
      fullName,
      dateOfBirth: `${rnd.int(1968, 1998)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
      gender: female ? ('female' as const) : ('male' as const),
      agencyCode: level === 'province' ? rnd.pick(['SNV', 'SNGV', 'SVHTTDL', 'STC', 'SYT'] as const) : null,
      districtCode: level === 'province' ? null : district.code,
      commune,
      level: level as (typeof TARGET_LEVELS)[number],
      group: level === 'commune' ? rnd.pick(['cadre', 'civil-servant'] as const) : rnd.pick(TARGET_GROUPS),
      position,
      email: null,
      phone: `09${rnd.int(10_000_000, 99_999_999)}`,
      searchText: searchText(staffCode, fullName, commune, position),
    };
  });
  const courses: TrainingCourse[] = [];
  const enrolments: Enrolment[] = [];
  const serials = new Map<number, number>();
  for (let year = 2017; year <= 2025; year++) {
    const perYear = year === 2017 ? 4 : 7;
    for (let k = 0; k < perYear; k++) {
      const topic = k === 0 ? 'international-integration' : rnd.pick(TRAINING_TOPICS);
      const targetLevel = rnd.pick(TARGET_LEVELS);
      const district = rnd.pick(DISTRICTS);
      const month = String(3 + k).padStart(2, '0');
      const startDate = `${year}-${month}-0${rnd.int(2, 5)}`;
      const days = rnd.int(2, 4);
      const endDate = `${year}-${month}-${String(Number(startDate.slice(8)) + days).padStart(2, '0')}`;
      const sessions = Array.from({ length: days + 1 }, (_, d) => ({
        date: `${year}-${month}-${String(Number(startDate.slice(8)) + d).padStart(2, '0')}`,
        topic: `Chuyên đề ${d + 1}`,
      }));
      const status: CourseStatus =
        year < 2025
          ? rnd.chance(0.06)
            ? 'cancelled'
            : 'completed'
          : rnd.pick(['completed', 'open', 'planned', 'in-progress'] as const);
      const capacity = rnd.pick([30, 40, 50]);
      const code = `BD-${year}-${String(k + 1).padStart(2, '0')}`;
      const [vi, en] = TITLES[topic];
      const titleVi = `${vi} ${targetLevel === 'commune' ? 'cho cán bộ cấp xã' : targetLevel === 'district' ? 'cho cán bộ cấp huyện' : 'cho công chức cấp tỉnh'} năm ${year}`;
      const titleEn = `${en} for ${targetLevel}-level staff, ${year}`;
      const course = Object.assign(new TrainingCourse(), {
        ...meta(),
        code,
        titleVi,
        titleEn,
        topic,
        language: topic === 'foreign-language' ? 'en' : null,
        targetLevel,
        targetGroup: targetLevel === 'commune' ? 'cadre' : 'civil-servant',
        planArea: 'III.8',
        agencyCode: 'SNV',
        venue: `Hội trường UBND ${district.nameVi}`,
        districtCode: district.code,
        startDate,
        endDate,
        sessions,
        capacity,
        trainers: ['TS. Nguyễn Văn Minh', 'ThS. Trần Thị Hoa'],
        costEstimate: rnd.int(40, 250) * 1_000_000,
        minAttendancePercent: 80,
        passScore: 5,
        status,
        cancelReason: status === 'cancelled' ? 'Không đủ học viên đăng ký' : null,
        enrolledCount: 0,
        waitlistCount: 0,
        searchText: searchText(code, titleVi, titleEn),
      }) as TrainingCourse;
      if (status !== 'planned' && status !== 'cancelled') {
        const pool = trainees.filter((t) => t.level === targetLevel);
        const count = Math.min(pool.length, rnd.int(Math.floor(capacity * 0.5), capacity));
        const start = rnd.int(0, pool.length - 1);
        for (let n = 0; n < count; n++) {
          const trainee = pool[(start + n) % pool.length];
          const attendance: AttendanceMark[] =
            status === 'open'
              ? []
              : sessions.map(() =>
                  rnd.chance(0.9) ? 'present' : rnd.pick(['absent', 'late', 'excused'] as const),
                );
          const score = status === 'completed' ? Math.round(rnd.int(40, 100)) / 10 : null;
          const result =
            status === 'completed' ? completionResult(course, attendance, sessions.length, score) : null;
          let certificateNo: string | null = null;
          if (result === 'passed') {
            const serial = (serials.get(year) ?? 0) + 1;
            serials.set(year, serial);
            certificateNo = certificateNumber(year, serial);
          }
          enrolments.push(
            Object.assign(new Enrolment(), {
              id: randomUUID(),
              version: 1,
              courseId: course.id,
              traineeId: trainee.id,
              status: 'enrolled',
              seq: n + 1,
              attendance,
              score,
              result,
              certificateNo,
              createdAt: now,
            }) as Enrolment,
          );
        }
        course.enrolledCount = count;
      }
      courses.push(course);
    }
  }
  const counters = [...serials].map(([year, last]) => ({ year, last }));
  return { trainees, courses, enrolments, counters };
}
