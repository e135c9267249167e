import { agencyLabel, countryLabel, planAreaLabel } from '@ascc/catalog';
import {
  type IndicatorProgress,
  type IndicatorStatus,
  type IndicatorUnit,
  type ProvinceReportContent,
  type YearlyReport,
  toDong,
} from '@ascc/contracts';
import { type DocumentHeading, documentHeading, officeDate } from '@ascc/service-kit';

/** The Labour department aggregates the yearly reports and issues the province's report. */
const ISSUER = 'SLDTBXH';

/**
 * What the province report says, decided once for every format: the heading, the title and period,
 * the figures, the delegations (when the content has them), each plan area's submitted and accepted
 * reports with who has not reported, and who reported late. The PDF, DOCX and XLSX renderers only lay
 * this out; none of them reads the raw content.
 */
export interface ProvinceReportModel extends DocumentHeading {
  /** `issuer` top left, the national heading and `placeDate` ("Thái Bình, ngày … tháng … năm …", the
   * day the content was generated or frozen, Vietnam time) top right: the heading every format shows. */
  title: string;
  /** "2020" or "2017-2020". */
  years: string;
  period: string;
  generatedAt: string;
  sections: {
    figures: string;
    delegations: string | null;
    /** Null for a review frozen before the indicators' catalogue. */
    indicators: string | null;
    areas: string;
    reporting: string;
  };
  figures: FigureLine[];
  delegations: {
    lines: FigureLine[];
    byCountry: { countryCode: string; country: string; asean: boolean; delegations: number }[];
  } | null;
  submission: {
    expected: number;
    submitted: number;
    onTime: number;
    /** On-time reports over those expected, 0–1; null when none is expected. */
    onTimeRate: number | null;
    summary: string;
  };
  /** Every indicator's progress, in plan order (null: content frozen before the catalogue). */
  indicators: IndicatorLine[] | null;
  /** Plan areas with a report or a missing one, in plan order. */
  areas: AreaSection[];
  /** Every report of the years in any status: the workbook's register. */
  register: AgencyReport[];
  missing: MissingReport[];
  late: AgencyReport[];
}

export interface FigureLine {
  labelVi: string;
  labelEn: string;
  /** A count, or whole đồng (a DongTotal string; a number in snapshots frozen before totals were strings). */
  value: number | string;
  unit: 'count' | 'dong';
}

export interface AgencyReport {
  year: number;
  agencyCode: string;
  agency: string;
  planArea: string;
  planAreaTitle: string;
  status: YearlyReport['status'];
  statusVi: string;
  late: boolean;
  submittedAt: string | null;
  /** "Sở Nội vụ — năm 2020 (Đã chấp nhận, nộp muộn)". */
  heading: string;
  /** The agency's figures in one sentence, and as numbers (for the workbook). */
  figures: string;
  figureValues: YearlyReport['figures'];
  narrative: string;
  indicators: { name: string; target: string; actual: string }[];
  difficulties: string;
  proposals: string;
  reviewComment: string | null;
}

/** One indicator's progress as the report states it. */
export interface IndicatorLine {
  code: string;
  planArea: string;
  name: string;
  unit: string;
  lead: string;
  method: string;
  baseline: string;
  target: string;
  /** "2019: 12; 2020: 15". */
  values: string;
  latest: string;
  /** The latest value as a number (money: whole đồng as a string), for the workbook. */
  latestValue: number | string | null;
  status: IndicatorStatus;
  statusVi: string;
  /** "III.3-1 Tỷ lệ trẻ …: 96 % (2020), chỉ tiêu 100 % (2020) — Có nguy cơ chậm". */
  sentence: string;
}

export const INDICATOR_STATUS_VI: Record<IndicatorStatus, string> = {
  'on-track': 'Đúng tiến độ',
  'at-risk': 'Có nguy cơ chậm',
  'off-track': 'Chậm tiến độ',
  'no-data': 'Chưa có số liệu',
};

const UNIT_VI: Record<IndicatorUnit, string> = {
  percent: '%',
  people: 'lượt người',
  courses: 'khóa',
  events: 'sự kiện',
  count: '',
  dong: 'đ',
};

export interface MissingReport {
  year: number;
  agencyCode: string;
  agency: string;
  planArea: string;
  planAreaTitle: string;
}

export interface AreaSection {
  code: string;
  heading: string;
  reports: AgencyReport[];
  missing: MissingReport[];
  /** "Chưa báo cáo: Sở … (2020); …", or null when everyone reported. */
  missingLine: string | null;
}

export { MOTTO, NATION } from '@ascc/service-kit';

export const STATUS_VI: Record<YearlyReport['status'], string> = {
  draft: 'Dự thảo',
  submitted: 'Đã nộp',
  accepted: 'Đã chấp nhận',
  returned: 'Trả lại',
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** An integer in the Vietnamese grouping (1.000.000); a đồng total string exactly, at any size. */
export const formatNumber = (n: number | string) =>
  (typeof n === 'number' ? n : toDong(n)).toLocaleString('vi-VN');
export const formatFigure = (line: Pick<FigureLine, 'value' | 'unit'>) =>
  line.unit === 'dong' ? `${formatNumber(line.value)} đ` : formatNumber(line.value);
const orDash = (n: number | null) => (n === null ? '-' : formatNumber(n));

export function provinceReportModel(c: ProvinceReportContent): ProvinceReportModel {
  const f = c.figures;
  const years = c.yearFrom === c.yearTo ? `${c.yearFrom}` : `${c.yearFrom}-${c.yearTo}`;
  const figures: FigureLine[] = [
    line('Lượt người được bồi dưỡng', 'People trained', f.training.trained),
    line('Khóa học hoàn thành', 'Completed courses', f.training.courses),
    line('Sự kiện văn hóa', 'Cultural events', f.culture.events),
    line('Quốc gia ASEAN tham gia', 'ASEAN countries engaged', f.culture.aseanCountries.length),
    line('Viện trợ cam kết', 'Aid committed', f.aid.committed, 'dong'),
    line('Viện trợ giải ngân', 'Aid disbursed', f.aid.disbursed, 'dong'),
    line('Kinh phí đề nghị', 'Budget requested', f.budget.requested, 'dong'),
    line('Kinh phí được duyệt', 'Budget approved', f.budget.approved, 'dong'),
  ];
  const delegations = f.delegations
    ? {
        lines: [
          line('Số đoàn', 'Delegations', f.delegations.delegations),
          line('Đoàn vào', 'Inbound', f.delegations.inbound),
          line('Đoàn ra', 'Outbound', f.delegations.outbound),
          line('Số người tham gia', 'Members', f.delegations.members),
        ],
        byCountry: f.delegations.byCountry.map((row) => ({
          countryCode: row.countryCode,
          country: countryLabel(row.countryCode, 'vi'),
          asean: row.asean,
          delegations: row.delegations,
        })),
      }
    : null;
  const indicators = c.indicators ? c.indicators.map(indicatorLine) : null;
  // Sections are numbered in order; the delegations' and the indicators' only when the content has them.
  let n = 0;
  const next = () => ROMAN[n++];
  const sections = {
    figures: `${next()}. KẾT QUẢ CHUNG CỦA TỈNH`,
    delegations: delegations ? `${next()}. ĐOÀN RA, ĐOÀN VÀO` : null,
    indicators: indicators ? `${next()}. CHỈ TIÊU CỦA KẾ HOẠCH` : null,
    areas: `${next()}. KẾT QUẢ THEO NỘI DUNG KẾ HOẠCH`,
    reporting: `${next()}. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ`,
  };

  const register = c.reports.map(agencyReport);
  const missing: MissingReport[] = c.missing.map((m) => ({
    ...m,
    agency: agencyLabel(m.agencyCode, 'vi'),
    planAreaTitle: planAreaLabel(m.planArea, 'vi'),
  }));
  const filed = register.filter((r) => r.status === 'submitted' || r.status === 'accepted');
  const codes = [...new Set([...filed.map((r) => r.planArea), ...missing.map((m) => m.planArea)])].sort(
    (a, b) => a.localeCompare(b, 'en', { numeric: true }),
  );
  const areas = codes.map((code): AreaSection => {
    const areaMissing = missing.filter((m) => m.planArea === code);
    return {
      code,
      heading: `${code}. ${planAreaLabel(code, 'vi')}`,
      reports: filed.filter((r) => r.planArea === code),
      missing: areaMissing,
      missingLine: areaMissing.length
        ? `Chưa báo cáo: ${areaMissing.map((m) => `${m.agency} (${m.year})`).join('; ')}`
        : null,
    };
  });
  const onTimeRate = c.expected ? c.onTime / c.expected : null;
  return {
    ...documentHeading(ISSUER, c.generatedAt),
    title: c.title,
    years,
    period: `Số liệu năm ${years} · lập ngày ${officeDate(c.generatedAt)}`,
    generatedAt: c.generatedAt,
    sections,
    figures,
    delegations,
    indicators,
    submission: {
      expected: c.expected,
      submitted: c.submitted,
      onTime: c.onTime,
      onTimeRate,
      summary:
        `Báo cáo của các đơn vị: phải nộp ${c.expected}, đã nộp ${c.submitted}, đúng hạn ${c.onTime}` +
        (onTimeRate === null ? '' : ` (${Math.round(onTimeRate * 100)}%)`),
    },
    areas,
    register,
    missing,
    late: register.filter((r) => r.late && r.submittedAt && r.status !== 'draft'),
  };
}

function line(
  labelVi: string,
  labelEn: string,
  value: number | string,
  unit: FigureLine['unit'] = 'count',
): FigureLine {
  return { labelVi, labelEn, value, unit };
}

function agencyReport(r: YearlyReport): AgencyReport {
  const agency = agencyLabel(r.agencyCode, 'vi');
  const statusVi = STATUS_VI[r.status] ?? r.status;
  return {
    year: r.year,
    agencyCode: r.agencyCode,
    agency,
    planArea: r.planArea,
    planAreaTitle: planAreaLabel(r.planArea, 'vi'),
    status: r.status,
    statusVi,
    late: r.late,
    submittedAt: r.submittedAt,
    heading: `${agency} — năm ${r.year} (${statusVi}${r.late ? ', nộp muộn' : ''})`,
    figures:
      `Số liệu: ${formatNumber(r.figures.trained)} lượt người bồi dưỡng; ${formatNumber(r.figures.events)} sự kiện; ` +
      `viện trợ giải ngân ${formatFigure({ value: r.figures.aidDisbursed, unit: 'dong' })}; ` +
      `kinh phí được duyệt ${formatFigure({ value: r.figures.budgetApproved, unit: 'dong' })}.`,
    figureValues: r.figures,
    narrative: r.narrative,
    indicators: r.indicators.map((i) => ({
      name: i.name,
      target: orDash(i.target),
      actual: orDash(i.actual),
    })),
    difficulties: r.difficulties,
    proposals: r.proposals,
    reviewComment: r.reviewComment,
  };
}

/** An indicator's value in its unit: "96 %", "1.250 lượt người", "12.000.000 đ". */
function withUnit(value: number | string, unit: IndicatorUnit): string {
  const shown = typeof value === 'string' ? formatNumber(value) : value.toLocaleString('vi-VN');
  return UNIT_VI[unit] ? `${shown} ${UNIT_VI[unit]}` : shown;
}

function indicatorLine(p: IndicatorProgress): IndicatorLine {
  const i = p.indicator;
  const statusVi = INDICATOR_STATUS_VI[p.status];
  const target = p.target
    ? `${withUnit(p.target.value, i.unit)} (${p.target.year})`
    : i.targets.length
      ? i.targets.map((t) => `${withUnit(t.value, i.unit)} (${t.year})`).join('; ')
      : '-';
  const latest = p.latest ? `${withUnit(p.latest.value, i.unit)} (${p.latest.year})` : '-';
  return {
    code: i.code,
    planArea: i.planArea,
    name: i.nameVi,
    unit: UNIT_VI[i.unit],
    lead: agencyLabel(i.leadAgencyCode, 'vi'),
    method: i.method === 'computed' ? 'Tính từ số liệu hệ thống' : 'Đơn vị báo cáo',
    baseline: i.baseline === null ? '-' : `${withUnit(i.baseline, i.unit)} (${i.baselineYear})`,
    target,
    values: p.values.map((v) => `${v.year}: ${withUnit(v.value, i.unit)}`).join('; ') || '-',
    latest,
    latestValue: p.latest ? p.latest.value : null,
    status: p.status,
    statusVi,
    sentence: `${i.code} ${i.nameVi}: ${latest === '-' ? 'chưa có số liệu' : latest}, chỉ tiêu ${target} — ${statusVi}`,
  };
}
