import {
  type Language,
  type NotificationLink,
  type NotificationParams,
  type NotificationTemplate,
  notificationPath,
} from '@ascc/contracts';

/** One e-mail's words in one language; `{name}` is a notification param. */
interface TemplateText {
  subject: string;
  /** The sentence the inbox shows (same params). */
  sentence: string;
}

/**
 * Each notification template's e-mail, in Vietnamese and in English: a template or a language missing
 * here fails to compile (the record types are exhaustive).
 */
export const MAIL_TEMPLATES: Record<NotificationTemplate, Record<Language, TemplateText>> = {
  'report.due-soon': {
    vi: {
      subject: 'Báo cáo năm {year} lĩnh vực {planArea}: còn {days} ngày',
      sentence: 'Báo cáo năm {year} lĩnh vực {planArea} phải nộp trước {dueDate}: còn {days} ngày.',
    },
    en: {
      subject: 'The {year} report on area {planArea}: {days} days left',
      sentence: 'The {year} report on area {planArea} is due by {dueDate}: {days} days left.',
    },
  },
  'report.due-today': {
    vi: {
      subject: 'Hôm nay là hạn nộp báo cáo năm {year} lĩnh vực {planArea}',
      sentence: 'Hôm nay ({dueDate}) là hạn nộp báo cáo năm {year} lĩnh vực {planArea}.',
    },
    en: {
      subject: 'The {year} report on area {planArea} is due today',
      sentence: 'Today ({dueDate}) the {year} report on area {planArea} is due.',
    },
  },
  'report.late': {
    vi: {
      subject: 'Báo cáo năm {year} lĩnh vực {planArea} đã quá hạn',
      sentence: 'Báo cáo năm {year} lĩnh vực {planArea} đã quá hạn {dueDate} {days} ngày.',
    },
    en: {
      subject: 'The {year} report on area {planArea} is late',
      sentence: 'The {year} report on area {planArea} is {days} days late (due {dueDate}).',
    },
  },
  'report.returned': {
    vi: {
      subject: 'Báo cáo năm {year} lĩnh vực {planArea} bị trả lại',
      sentence: 'Báo cáo năm {year} lĩnh vực {planArea} bị trả lại: «{comment}».',
    },
    en: {
      subject: 'The {year} report on area {planArea} was returned',
      sentence: 'The {year} report on area {planArea} was returned: “{comment}”.',
    },
  },
  'estimate.deadline-soon': {
    vi: {
      subject: 'Hạn nộp dự toán năm {fiscalYear}: {deadline}',
      sentence: 'Hạn nộp dự toán năm {fiscalYear} là {deadline}: còn {days} ngày, đơn vị chưa nộp dự toán.',
    },
    en: {
      subject: 'Estimates for {fiscalYear} are due by {deadline}',
      sentence:
        'Estimates for {fiscalYear} are due by {deadline}: {days} days left, and your agency has not submitted one.',
    },
  },
  'estimate.returned': {
    vi: {
      subject: 'Dự toán «{title}» (năm {fiscalYear}) bị trả lại',
      sentence: 'Dự toán «{title}» (năm {fiscalYear}) bị Sở Tài chính trả lại: «{comment}».',
    },
    en: {
      subject: 'The estimate “{title}” ({fiscalYear}) was returned',
      sentence: 'Finance returned the estimate “{title}” ({fiscalYear}): “{comment}”.',
    },
  },
  'ngo.registration-expiring': {
    vi: {
      subject: 'Đăng ký của tổ chức «{name}» sắp hết hạn',
      sentence: 'Đăng ký của tổ chức «{name}» hết hạn ngày {expiresOn}: còn {days} ngày.',
    },
    en: {
      subject: 'The registration of “{name}” expires soon',
      sentence: 'The registration of “{name}” expires on {expiresOn}: {days} days left.',
    },
  },
  'aid-project.not-started': {
    vi: {
      subject: 'Dự án «{title}» chưa triển khai',
      sentence:
        'Dự án «{title}» được phê duyệt ngày {approvedOn} nhưng chưa triển khai sau sáu tháng (hạn {startBy}).',
    },
    en: {
      subject: 'The project “{title}” has not started',
      sentence:
        'The project “{title}”, approved on {approvedOn}, has not started six months on (due by {startBy}).',
    },
  },
  'course.starting-tomorrow': {
    vi: {
      subject: 'Khóa «{title}» khai giảng ngày mai',
      sentence: 'Khóa «{title}» khai giảng ngày mai ({startsOn}), còn {open} chỗ trống.',
    },
    en: {
      subject: 'The course “{title}” starts tomorrow',
      sentence: 'The course “{title}” starts tomorrow ({startsOn}) with {open} places open.',
    },
  },
};

/** The words around each e-mail's sentence, per language. */
const FRAME: Record<
  Language,
  { greeting: string; open: string; why: string; subjectPrefix: string; missing: string }
> = {
  vi: {
    greeting: 'Kính gửi {name},',
    open: 'Mở trên hệ thống',
    why: 'Bạn nhận thư này vì đã chọn nhận thông báo qua thư điện tử. Có thể tắt trong mục Tài khoản của tôi.',
    subjectPrefix: '[ASCC] ',
    missing: '—',
  },
  en: {
    greeting: 'Dear {name},',
    open: 'Open in the console',
    why: 'You receive this because you chose to get your notifications by e-mail. Turn it off under My account.',
    subjectPrefix: '[ASCC] ',
    missing: '—',
  },
};

/** Params written as dates (ISO `YYYY-MM-DD`), as the console's inbox writes them. */
const DATE_PARAMS = new Set(['dueDate', 'deadline', 'expiresOn', 'approvedOn', 'startBy', 'startsOn']);
/** Numbers that are years: never grouped (2026, not 2.026). */
const YEAR_PARAMS = new Set(['year', 'fiscalYear']);

/** `YYYY-MM-DD` (or an ISO timestamp) as dd/mm/yyyy; anything else as it is. */
export function mailDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** A number with the language's grouping: 1.234.567 in Vietnamese, 1,234,567 in English. */
export function mailNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 }).format(
    value,
  );
}

function param(name: string, params: NotificationParams, language: Language): string {
  const value = params[name];
  if (value === undefined || value === '') return FRAME[language].missing;
  if (typeof value === 'number') return YEAR_PARAMS.has(name) ? String(value) : mailNumber(value, language);
  return DATE_PARAMS.has(name) ? mailDate(value) : value;
}

const fill = (text: string, values: (name: string) => string) =>
  text.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => values(name));

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A notification's e-mail for one reader, in their language, with the link to its record. */
export function renderMail(
  notification: { template: NotificationTemplate; params: NotificationParams; link: NotificationLink },
  reader: { displayName: string; language: Language },
  consoleUrl: string,
): RenderedMail {
  const { language } = reader;
  const words = MAIL_TEMPLATES[notification.template][language];
  const frame = FRAME[language];
  const values = (name: string) => param(name, notification.params, language);
  // Subjects are one line: a comment's line breaks never reach the header.
  const subject = frame.subjectPrefix + fill(words.subject, values).replace(/\s+/g, ' ').trim();
  const sentence = fill(words.sentence, values);
  const greeting = fill(frame.greeting, () => reader.displayName);
  const url = consoleUrl.replace(/\/+$/, '') + notificationPath(notification.link, notification.params);
  const text = [greeting, '', sentence, '', `${frame.open}: ${url}`, '', '—', frame.why, ''].join('\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(sentence).replace(/\n/g, '<br>')}</p>`,
    `<p><a href="${escapeHtml(url)}">${escapeHtml(frame.open)}</a></p>`,
    `<p style="color:#666;font-size:12px">${escapeHtml(frame.why)}</p>`,
  ].join('\n');
  return { subject, text, html };
}
