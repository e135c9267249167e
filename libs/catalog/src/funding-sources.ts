import { type Lang, pickLabel } from './common';

export interface FundingSource {
  readonly code: FundingSourceCode;
  readonly nameVi: string;
  readonly nameEn: string;
  /** Where the plan names the source. */
  readonly planRef: string;
  /** The plan's own words for it, as they stand in the text. */
  readonly textVi: string;
}

const FUNDING_SOURCE_DATA = [
  {
    code: 'PROVINCIAL_BUDGET',
    nameVi: 'Ngân sách nhà nước theo phân cấp (dự toán chi hàng năm)',
    nameEn: 'State budget by level (yearly spending estimates)',
    planRef: 'VI.1',
    textVi: 'dự toán chi ngân sách hàng năm theo phân cấp ngân sách nhà nước hiện hành',
  },
  {
    code: 'CENTRAL_SUPPORT',
    nameVi: 'Vốn hỗ trợ từ các bộ, ngành Trung ương',
    nameEn: 'Support from central ministries and sectors',
    planRef: 'VI.3',
    textVi: 'nguồn vốn hỗ trợ từ các bộ, ngành',
  },
  {
    code: 'SOCIALISED',
    nameVi: 'Nguồn xã hội hóa, đóng góp của doanh nghiệp, các tổ chức xã hội',
    nameEn: 'Socialised sources: contributions of enterprises and social organisations',
    planRef: 'VI.3',
    textVi: 'các nguồn xã hội hóa, đóng góp của doanh nghiệp, các tổ chức xã hội',
  },
  {
    // Section VI does not list it, but III.10 and VII.5 make mobilising it a task of the plan.
    code: 'FOREIGN_NGO_AID',
    nameVi: 'Viện trợ của các tổ chức phi Chính phủ và cá nhân nước ngoài',
    nameEn: 'Aid from foreign non-governmental organisations and individuals',
    planRef: 'III.10',
    textVi: 'viện trợ của các tổ chức phi Chính phủ và các cá nhân nước ngoài',
  },
  {
    code: 'OTHER_LAWFUL',
    nameVi: 'Các nguồn hợp pháp khác',
    nameEn: 'Other lawful sources',
    planRef: 'VI.3',
    textVi: 'các nguồn hợp pháp khác theo quy định của Nhà nước',
  },
] as const;

export type FundingSourceCode = (typeof FUNDING_SOURCE_DATA)[number]['code'];

export const FUNDING_SOURCES: readonly FundingSource[] = FUNDING_SOURCE_DATA;

export const FUNDING_SOURCE_CODES = FUNDING_SOURCE_DATA.map((f) => f.code) as unknown as readonly [
  FundingSourceCode,
  ...FundingSourceCode[],
];

export function findFundingSource(code: string): FundingSource | undefined {
  return FUNDING_SOURCES.find((f) => f.code === code);
}

export function fundingSourceLabel(code: string, lang: Lang = 'vi'): string {
  const source = findFundingSource(code);
  return source ? pickLabel(source, lang) : code;
}
