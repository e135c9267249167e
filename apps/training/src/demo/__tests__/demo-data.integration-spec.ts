import { type EventData, TRAINING_EVENTS } from '@ascc/contracts';
import { OutboxEvent } from '@ascc/service-kit';
import { type ServiceHarness, startServiceHarness, testDatabaseKinds } from '@ascc/testing';
import { AppModule } from '../../app.module';
import { TrainingCourse } from '../../courses/training-course.entity';

/**
 * The demo province's courses are announced as a course's own commands announce it
 * (`training.course.recorded`), so the reporting service's reminders ("starts tomorrow with open
 * places") know them as they know any course written later.
 */
describe.each(testDatabaseKinds())('training demo data on %s', (kind) => {
  let svc: ServiceHarness;
  const saved = process.env.SEED_DEMO_DATA;

  beforeAll(async () => {
    process.env.SEED_DEMO_DATA = 'true';
    svc = await startServiceHarness('training', AppModule, kind);
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    process.env.SEED_DEMO_DATA = saved;
  });

  it('writes one training.course.recorded per demo course, with its start date, places and enrolled count', async () => {
    const em = svc.orm.em.fork();
    const events = (await em.find(OutboxEvent, { subject: TRAINING_EVENTS.courseRecorded.subject })).map(
      (o) => o.data as EventData<typeof TRAINING_EVENTS.courseRecorded>,
    );
    const courses = await em.find(TrainingCourse, {});
    expect(courses.length).toBeGreaterThan(40);
    expect(events.map((e) => e.courseId).sort()).toEqual(courses.map((c) => c.id).sort());
    for (const c of courses)
      expect(events.find((e) => e.courseId === c.id)).toEqual({
        courseId: c.id,
        version: 1,
        code: c.code,
        titleVi: c.titleVi,
        agencyCode: c.agencyCode,
        status: c.status,
        startDate: c.startDate,
        capacity: c.capacity,
        enrolled: c.enrolledCount,
      });
  });
});
