import { assertIsoDate, type Lang, pickLabel, todayIsoDate } from './common';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  readonly code: CountryCode;
  readonly nameVi: string;
  readonly nameEn: string;
  /** Date of joining ASEAN; absent for partner countries. */
  readonly aseanSince?: string;
}

/**
 * ASEAN members (names as ASEAN and Viet Nam's foreign ministry write them) and the partner countries
 * the province deals with for delegations, aid and labour. Adding a partner is one line here.
 */
const COUNTRY_DATA = [
  // — ASEAN —
  { code: 'ID', nameVi: 'In-đô-nê-xi-a', nameEn: 'Indonesia', aseanSince: '1967-08-08' },
  { code: 'MY', nameVi: 'Ma-lai-xi-a', nameEn: 'Malaysia', aseanSince: '1967-08-08' },
  { code: 'PH', nameVi: 'Phi-líp-pin', nameEn: 'Philippines', aseanSince: '1967-08-08' },
  { code: 'SG', nameVi: 'Xin-ga-po', nameEn: 'Singapore', aseanSince: '1967-08-08' },
  { code: 'TH', nameVi: 'Thái Lan', nameEn: 'Thailand', aseanSince: '1967-08-08' },
  { code: 'BN', nameVi: 'Bru-nây', nameEn: 'Brunei Darussalam', aseanSince: '1984-01-07' },
  { code: 'VN', nameVi: 'Việt Nam', nameEn: 'Viet Nam', aseanSince: '1995-07-28' },
  { code: 'LA', nameVi: 'Lào', nameEn: 'Lao PDR', aseanSince: '1997-07-23' },
  { code: 'MM', nameVi: 'Mi-an-ma', nameEn: 'Myanmar', aseanSince: '1997-07-23' },
  { code: 'KH', nameVi: 'Cam-pu-chia', nameEn: 'Cambodia', aseanSince: '1999-04-30' },
  // Admitted as the eleventh member at the 47th ASEAN Summit, Kuala Lumpur, 26 October 2025.
  { code: 'TL', nameVi: 'Ti-mo Lét-xtê', nameEn: 'Timor-Leste', aseanSince: '2025-10-26' },
  // — partners —
  { code: 'CN', nameVi: 'Trung Quốc', nameEn: 'China' },
  { code: 'JP', nameVi: 'Nhật Bản', nameEn: 'Japan' },
  { code: 'KR', nameVi: 'Hàn Quốc', nameEn: 'Republic of Korea' },
  { code: 'IN', nameVi: 'Ấn Độ', nameEn: 'India' },
  { code: 'AU', nameVi: 'Ô-xtơ-rây-li-a', nameEn: 'Australia' },
  { code: 'NZ', nameVi: 'Niu Di-lân', nameEn: 'New Zealand' },
  { code: 'US', nameVi: 'Hoa Kỳ', nameEn: 'United States' },
  { code: 'CA', nameVi: 'Ca-na-đa', nameEn: 'Canada' },
  { code: 'RU', nameVi: 'Liên bang Nga', nameEn: 'Russian Federation' },
  { code: 'GB', nameVi: 'Vương quốc Anh', nameEn: 'United Kingdom' },
  { code: 'FR', nameVi: 'Pháp', nameEn: 'France' },
  { code: 'DE', nameVi: 'Đức', nameEn: 'Germany' },
  { code: 'NL', nameVi: 'Hà Lan', nameEn: 'Netherlands' },
  { code: 'BE', nameVi: 'Bỉ', nameEn: 'Belgium' },
  { code: 'CH', nameVi: 'Thụy Sĩ', nameEn: 'Switzerland' },
  { code: 'SE', nameVi: 'Thụy Điển', nameEn: 'Sweden' },
  { code: 'NO', nameVi: 'Na Uy', nameEn: 'Norway' },
  { code: 'DK', nameVi: 'Đan Mạch', nameEn: 'Denmark' },
  { code: 'FI', nameVi: 'Phần Lan', nameEn: 'Finland' },
  { code: 'IT', nameVi: 'I-ta-li-a', nameEn: 'Italy' },
  { code: 'ES', nameVi: 'Tây Ban Nha', nameEn: 'Spain' },
  { code: 'AT', nameVi: 'Áo', nameEn: 'Austria' },
  { code: 'IE', nameVi: 'Ai-len', nameEn: 'Ireland' },
  { code: 'LU', nameVi: 'Lúc-xăm-bua', nameEn: 'Luxembourg' },
  { code: 'PL', nameVi: 'Ba Lan', nameEn: 'Poland' },
  { code: 'CZ', nameVi: 'Séc', nameEn: 'Czechia' },
  { code: 'HU', nameVi: 'Hung-ga-ri', nameEn: 'Hungary' },
  { code: 'IL', nameVi: 'I-xra-en', nameEn: 'Israel' },
] as const satisfies readonly { code: string; nameVi: string; nameEn: string; aseanSince?: string }[];

export type CountryCode = (typeof COUNTRY_DATA)[number]['code'];

export const COUNTRIES: readonly Country[] = COUNTRY_DATA;

export const COUNTRY_CODES = COUNTRY_DATA.map((c) => c.code) as unknown as readonly [
  CountryCode,
  ...CountryCode[],
];

export function findCountry(code: string): Country | undefined {
  return COUNTRIES.find((c) => c.code === code);
}

/** Whether the country was an ASEAN member on `isoDate` (today when omitted): Timor-Leste only from 2025-10-26. */
export function isAseanMember(code: string, isoDate: string = todayIsoDate()): boolean {
  assertIsoDate(isoDate);
  const since = findCountry(code)?.aseanSince;
  return since !== undefined && since <= isoDate;
}

export function aseanMembersOn(isoDate: string = todayIsoDate()): readonly Country[] {
  return COUNTRIES.filter((c) => isAseanMember(c.code, isoDate));
}

export function countryLabel(code: string, lang: Lang = 'vi'): string {
  const country = findCountry(code);
  return country ? pickLabel(country, lang) : code;
}
