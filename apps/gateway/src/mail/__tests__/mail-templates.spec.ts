import { LANGUAGES, NOTIFICATION_TEMPLATES, type NotificationParams } from '@ascc/contracts';
import { MAIL_TEMPLATES, mailDate, mailNumber, renderMail } from '../mail-templates';
import { safeErrorMessage, smtpServerForLogs } from '../mail-settings';

/** Each template's params as the reporting service's reminder rules write them. */
const PARAMS: Record<(typeof NOTIFICATION_TEMPLATES)[number], NotificationParams> = {
  'report.due-soon': { year: 2026, planArea: 'I', dueDate: '2026-12-15', days: 7 },
  'report.due-today': { year: 2026, planArea: 'I', dueDate: '2026-12-15', days: 0 },
  'report.late': { year: 2026, planArea: 'II', dueDate: '2026-12-15', days: 3 },
  'report.returned': { year: 2026, planArea: 'III', comment: 'Thiếu số liệu quý IV' },
  'estimate.deadline-soon': { fiscalYear: 2027, deadline: '2026-07-31', days: 5 },
  'estimate.returned': { title: 'Dự toán 2027', fiscalYear: 2027, comment: 'Bổ sung dòng 3 <b>ngay</b>' },
  'ngo.registration-expiring': { name: 'Hội Chữ thập đỏ', expiresOn: '2027-01-20', days: 45 },
  'aid-project.not-started': { title: 'Nước sạch', approvedOn: '2026-01-10', startBy: '2026-07-10' },
  'course.starting-tomorrow': { title: 'Tiếng Anh B1', startsOn: '2026-12-06', open: 12 },
};

const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();

describe('mail templates', () => {
  it.each(NOTIFICATION_TEMPLATES.flatMap((t) => LANGUAGES.map((l) => [t, l] as const)))(
    '%s in %s names only the params its rule gives, and renders them all',
    (template, language) => {
      const words = MAIL_TEMPLATES[template][language];
      const given = Object.keys(PARAMS[template]);
      for (const name of [...placeholders(words.subject), ...placeholders(words.sentence)])
        expect(given).toContain(name);
      const mail = renderMail(
        { template, params: PARAMS[template], link: { kind: 'budget-estimate', id: 'e-1' } },
        { displayName: 'Nguyễn Văn An', language },
        'https://plan.example.gov.vn/',
      );
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part).not.toMatch(/undefined|null|NaN|\{[a-zA-Z]+\}/);
        expect(part).not.toContain(' — ');
      }
      expect(mail.text).toContain('Nguyễn Văn An');
      expect(mail.text).toContain('https://plan.example.gov.vn/budget/e-1');
      expect(mail.html).toContain('href="https://plan.example.gov.vn/budget/e-1"');
      expect(mail.subject).not.toContain('\n');
    },
  );

  it('writes dates dd/mm/yyyy, years ungrouped, numbers grouped per language', () => {
    expect(mailDate('2026-12-15')).toBe('15/12/2026');
    expect(mailNumber(1234567, 'vi')).toBe('1.234.567');
    expect(mailNumber(1234567, 'en')).toBe('1,234,567');
    const vi = renderMail(
      { template: 'report.due-soon', params: PARAMS['report.due-soon'], link: { kind: 'yearly-reports' } },
      { displayName: 'A', language: 'vi' },
      'http://x',
    );
    expect(vi.text).toContain('Báo cáo năm 2026 lĩnh vực I phải nộp trước 15/12/2026: còn 7 ngày.');
    expect(vi.text).toContain('Kính gửi A,');
    expect(vi.text).toContain('http://x/reports?year=2026');
    const en = renderMail(
      {
        template: 'course.starting-tomorrow',
        params: { ...PARAMS['course.starting-tomorrow'], open: 1200 },
        link: { kind: 'course', id: 'c' },
      },
      { displayName: 'B', language: 'en' },
      'http://x',
    );
    expect(en.subject).toBe('[ASCC] The course “Tiếng Anh B1” starts tomorrow');
    expect(en.text).toContain('starts tomorrow (06/12/2026) with 1,200 places open.');
  });

  it('escapes the params in the HTML part and keeps the comment in the text part', () => {
    const mail = renderMail(
      {
        template: 'estimate.returned',
        params: PARAMS['estimate.returned'],
        link: { kind: 'budget-estimate', id: 'e' },
      },
      { displayName: '<Tên>', language: 'vi' },
      'http://x',
    );
    expect(mail.text).toContain('Bổ sung dòng 3 <b>ngay</b>');
    expect(mail.html).toContain('Bổ sung dòng 3 &lt;b&gt;ngay&lt;/b&gt;');
    expect(mail.html).toContain('Kính gửi &lt;Tên&gt;,');
  });

  it('never puts the SMTP password in a log line', () => {
    const url = 'smtp://mailer:s3cr%40t@mail.example.gov.vn:587';
    expect(smtpServerForLogs(url)).toBe('smtp://mail.example.gov.vn:587');
    expect(safeErrorMessage(new Error('auth failed for mailer:s3cr@t and s3cr%40t'), url)).toBe(
      'auth failed for mailer:*** and ***',
    );
  });
});
