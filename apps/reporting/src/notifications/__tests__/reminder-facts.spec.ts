import { annualReportDueDate } from '@ascc/catalog';
import {
  AID_EVENTS,
  DEPARTMENT_ROUTES,
  DOMAIN_EVENTS,
  TRAINING_EVENTS,
  expectedReports,
} from '@ascc/contracts';
import { projectionOf } from '../../read-model/projections';
import { READ_MODEL_ENTITIES } from '../../read-model/read-model.entities';
import { REMINDER_FACT_ENTITIES, aidProjectFact, courseFact, ngoFact } from '../facts/reminder-projections';
import { estimateAgencies } from '../reminder-rules';

const project = (status: string, actualStart: string | null = null) =>
  AID_EVENTS.projectRecorded.schema.parse({
    projectId: '0b7e1d2c-5a4f-4e3b-8c2d-1a9f8e7d6c5b',
    version: 3,
    code: 'ODA-1',
    titleVi: 'Dự án nước sạch',
    agencyCode: 'SNGV',
    status,
    decisionDate: '2030-01-15',
    actualStart,
  });

describe('reminder facts', () => {
  it('keeps a project’s approval date only while it waits to start', () => {
    expect(aidProjectFact(project('approved')).approvedOn).toBe('2030-01-15');
    expect(aidProjectFact(project('pipeline')).approvedOn).toBe('2030-01-15');
    // Started (a date, or a later IATI status without one), or never approved: nothing to remind.
    expect(aidProjectFact(project('approved', '2030-03-01'))).toMatchObject({
      approvedOn: null,
      startedOn: '2030-03-01',
    });
    expect(aidProjectFact(project('implementation')).approvedOn).toBeNull();
    expect(aidProjectFact(project('under-appraisal')).approvedOn).toBeNull();
  });

  it('maps an NGO’s registration expiry and a course’s places', () => {
    const ngo = AID_EVENTS.ngoRecorded.schema.parse({
      ngoId: '6f1c2a9e-3c1b-4d7e-9a51-0c6f3b2d9e11',
      version: 2,
      name: 'Tổ chức A',
      agencyCode: 'SNGV',
      registrationExpiresOn: '2031-01-07',
    });
    expect(ngoFact(ngo)).toEqual({
      ngoId: ngo.ngoId,
      version: 2,
      name: 'Tổ chức A',
      agencyCode: 'SNGV',
      expiresOn: '2031-01-07',
    });
    const course = TRAINING_EVENTS.courseRecorded.schema.parse({
      courseId: '6f1c2a9e-3c1b-4d7e-9a51-0c6f3b2d9e12',
      version: 4,
      code: 'K-1',
      titleVi: 'Lớp tiếng Anh',
      agencyCode: 'SNV',
      status: 'open',
      startDate: '2030-12-09',
      capacity: 20,
      enrolled: 1,
    });
    expect(courseFact(course)).toMatchObject({ startsOn: '2030-12-09', capacity: 20, enrolled: 1 });
  });

  it('projects each new event into the read model, whose rebuild clears the reminder facts too', () => {
    for (const subject of [
      'aid.ngo.recorded',
      'aid.project.recorded',
      'training.course.recorded',
      'budget.deadline.changed',
      'budget.estimate.submitted',
    ])
      expect(projectionOf(subject)).toBeDefined();
    for (const entity of REMINDER_FACT_ENTITIES) expect(READ_MODEL_ENTITIES).toContain(entity);
  });

  it('names no event like a request: a stream would swallow the request and answer it itself', () => {
    const requests = new Set(DEPARTMENT_ROUTES.map((r) => r.subject));
    const events = Object.values(DOMAIN_EVENTS).flatMap((list) => list.map((e) => e.subject));
    expect(events.filter((subject) => requests.has(subject))).toEqual([]);
  });

  it('expects an estimate from the same agencies that owe a yearly report', () => {
    const due = annualReportDueDate(2030);
    const owing = [...new Set(expectedReports(2030).map((e) => e.agencyCode))].sort();
    expect([...estimateAgencies(due)].sort()).toEqual(owing);
    expect(owing.length).toBeGreaterThan(3);
  });
});
