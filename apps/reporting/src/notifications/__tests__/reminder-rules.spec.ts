import { todayIsoDate } from '@ascc/catalog';
import {
  addDays,
  addMonths,
  aidProjectNotStartedReminders,
  budgetDeadlineReminders,
  courseStartingTomorrowReminders,
  daysBetween,
  estimateReturnedNotification,
  ngoRegistrationReminders,
  reportReturnedNotification,
  yearlyReportReminders,
} from '../reminder-rules';

const missing = [
  { agencyCode: 'SNV', planArea: 'A1' },
  { agencyCode: 'STC', planArea: 'A2' },
];

describe('reminder rules', () => {
  describe('dates', () => {
    it('counts calendar days and adds months to the last day of a short month', () => {
      expect(daysBetween('2030-12-08', '2030-12-15')).toBe(7);
      expect(daysBetween('2030-12-16', '2030-12-15')).toBe(-1);
      expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
      expect(addMonths('2030-08-31', 6)).toBe('2031-02-28');
      expect(addMonths('2031-08-31', 6)).toBe('2032-02-29');
      expect(addMonths('2030-01-15', 6)).toBe('2030-07-15');
    });

    it("takes the province's day (UTC+7), not the machine's: 17:30 UTC on 7 December is the 8th", () => {
      const today = todayIsoDate(new Date('2030-12-07T17:30:00Z'));
      expect(today).toBe('2030-12-08');
      expect(yearlyReportReminders(today, 2030, missing)[0].template).toBe('report.due-soon');
      expect(yearlyReportReminders(todayIsoDate(new Date('2030-12-07T16:30:00Z')), 2030, missing)).toEqual(
        [],
      );
    });
  });

  describe(yearlyReportReminders.name, () => {
    it('reminds each missing report 7 days before 15 December, to the agency’s report editors', () => {
      const drafts = yearlyReportReminders('2030-12-08', 2030, missing);
      expect(drafts).toEqual([
        expect.objectContaining({
          key: 'report.due-soon:2030:SNV:A1',
          template: 'report.due-soon',
          params: { year: 2030, planArea: 'A1', dueDate: '2030-12-15', days: 7 },
          agencyCode: 'SNV',
          userId: null,
          permission: 'reporting.report.manage',
          link: { kind: 'yearly-reports' },
        }),
        expect.objectContaining({ key: 'report.due-soon:2030:STC:A2' }),
      ]);
    });

    it('keeps one key through the week, so a daily run delivers "due soon" once', () => {
      const keys = ['2030-12-08', '2030-12-10', '2030-12-14'].map(
        (day) => yearlyReportReminders(day, 2030, missing)[0].key,
      );
      expect(new Set(keys).size).toBe(1);
    });

    it('says nothing more than 7 days ahead or when nothing is missing', () => {
      expect(yearlyReportReminders('2030-12-07', 2030, missing)).toEqual([]);
      expect(yearlyReportReminders('2030-12-10', 2030, [])).toEqual([]);
    });

    it('reminds on the day, then once late', () => {
      expect(yearlyReportReminders('2030-12-15', 2030, missing)[0]).toMatchObject({
        template: 'report.due-today',
        key: 'report.due-today:2030:SNV:A1',
      });
      const late = yearlyReportReminders('2030-12-16', 2030, missing)[0];
      expect(late).toMatchObject({
        template: 'report.late',
        key: 'report.late:2030:SNV:A1',
        params: { days: 1 },
      });
      expect(yearlyReportReminders('2030-12-31', 2030, missing)[0].key).toBe(late.key);
    });
  });

  describe(budgetDeadlineReminders.name, () => {
    const deadline = { fiscalYear: 2031, deadline: '2030-07-20' };
    it('reminds agencies without an estimate within 7 days of the deadline and on the day', () => {
      expect(budgetDeadlineReminders('2030-07-12', deadline, ['SNV'])).toEqual([]);
      const soon = budgetDeadlineReminders('2030-07-13', deadline, ['SNV', 'STC']);
      expect(soon.map((d) => d.key)).toEqual([
        'estimate.deadline-soon:2031:SNV',
        'estimate.deadline-soon:2031:STC',
      ]);
      expect(soon[0]).toMatchObject({ permission: 'budget.estimate.submit', params: { days: 7 } });
      expect(budgetDeadlineReminders('2030-07-20', deadline, ['SNV'])[0].key).toBe(
        'estimate.deadline-today:2031:SNV',
      );
      expect(budgetDeadlineReminders('2030-07-21', deadline, ['SNV'])).toEqual([]);
    });
  });

  describe(estimateReturnedNotification.name, () => {
    const event = {
      estimateId: '6f1c1f8e-0000-4000-8000-000000000001',
      agencyCode: 'SNV' as const,
      fiscalYear: 2031,
      versionNo: 2,
      title: 'Dự toán 2031',
      comment: 'Thiếu chứng từ',
      authorUserId: '6f1c1f8e-0000-4000-8000-0000000000aa',
      returnedAt: '2030-07-01T03:00:00.000Z',
    };
    it('tells the author, with the comment and a link to the estimate', () => {
      expect(estimateReturnedNotification(event)).toEqual({
        key: `estimate.returned:${event.estimateId}:2:${event.returnedAt}`,
        template: 'estimate.returned',
        params: { title: 'Dự toán 2031', fiscalYear: 2031, comment: 'Thiếu chứng từ' },
        link: { kind: 'budget-estimate', id: event.estimateId },
        agencyCode: 'SNV',
        userId: event.authorUserId,
        permission: null,
      });
    });
    it("tells the agency's estimate editors when the author is unknown; each return is its own", () => {
      const unknown = estimateReturnedNotification({ ...event, authorUserId: null });
      expect(unknown).toMatchObject({ userId: null, permission: 'budget.estimate.update' });
      const again = estimateReturnedNotification({ ...event, returnedAt: '2030-07-05T03:00:00.000Z' });
      expect(again.key).not.toBe(unknown.key);
    });
  });

  describe(reportReturnedNotification.name, () => {
    it('tells the report’s author, linking to the report', () => {
      const draft = reportReturnedNotification({
        id: 'r1',
        agencyCode: 'SNV',
        year: 2030,
        planArea: 'A1',
        comment: 'Bổ sung số liệu',
        authorUserId: 'u1',
        returnedAt: '2030-12-01T00:00:00.000Z',
      });
      expect(draft).toMatchObject({
        template: 'report.returned',
        userId: 'u1',
        permission: null,
        link: { kind: 'yearly-report', id: 'r1' },
        params: { comment: 'Bổ sung số liệu', year: 2030 },
      });
    });
  });

  describe(ngoRegistrationReminders.name, () => {
    const ngo = (registrationExpiresOn: string | null) => ({
      id: 'n1',
      name: 'Plan International',
      agencyCode: 'SNGV',
      registrationExpiresOn,
    });
    it('announces a registration expiring within 60 days, once per expiry date', () => {
      expect(ngoRegistrationReminders('2030-01-01', [ngo('2030-03-03')])).toEqual([]);
      const [draft] = ngoRegistrationReminders('2030-01-01', [ngo('2030-03-01')]);
      expect(draft).toMatchObject({
        key: 'ngo.registration-expiring:n1:2030-03-01',
        params: { days: 59 },
        permission: 'aid.ngo.update',
        link: { kind: 'ngo', id: 'n1' },
      });
      expect(ngoRegistrationReminders('2030-02-28', [ngo('2030-03-01')])[0].key).toBe(draft.key);
    });
    it('is silent once expired or without an expiry', () => {
      expect(ngoRegistrationReminders('2030-03-02', [ngo('2030-03-01')])).toEqual([]);
      expect(ngoRegistrationReminders('2030-03-02', [ngo(null)])).toEqual([]);
    });
  });

  describe(aidProjectNotStartedReminders.name, () => {
    const project = (startedOn: string | null) => ({
      id: 'p1',
      title: 'Nước sạch',
      agencyCode: 'SNGV',
      approvedOn: '2030-01-31',
      startedOn,
    });
    it('reminds a project not started six months after approval', () => {
      expect(aidProjectNotStartedReminders('2030-07-30', [project(null)])).toEqual([]);
      expect(aidProjectNotStartedReminders('2030-07-31', [project(null)])[0]).toMatchObject({
        key: 'aid-project.not-started:p1',
        params: { startBy: '2030-07-31' },
        permission: 'aid.project.manage',
      });
    });
    it('is silent for a started project', () => {
      expect(aidProjectNotStartedReminders('2031-01-01', [project('2030-05-01')])).toEqual([]);
    });
  });

  describe(courseStartingTomorrowReminders.name, () => {
    const course = (enrolled: number) => ({
      id: 'c1',
      title: 'Tiếng Anh',
      agencyCode: 'SNV',
      startsOn: '2030-03-02',
      capacity: 30,
      enrolled,
    });
    it('reminds a course starting tomorrow with open places', () => {
      expect(courseStartingTomorrowReminders('2030-03-01', [course(25)])[0]).toMatchObject({
        key: 'course.starting-tomorrow:c1:2030-03-02',
        params: { open: 5 },
        permission: 'training.enrolment.manage',
      });
    });
    it('is silent for a full course or another day', () => {
      expect(courseStartingTomorrowReminders('2030-03-01', [course(30)])).toEqual([]);
      expect(courseStartingTomorrowReminders('2030-02-28', [course(1)])).toEqual([]);
    });
  });
});
