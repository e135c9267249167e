import { BEFORE_THE_PLAN, type Lang, pickLabel } from './common';

/** The district level of local government was abolished nationwide from 1 July 2025. */
export const DISTRICT_LEVEL_LAST_DAY = '2025-06-30';

export type DistrictKind = 'city' | 'district';

/**
 * The 8 district-level units of Thái Bình (the plan's "UBND huyện, thành phố"). Their codes are also the
 * agency codes of their People's Committees in `AGENCIES`.
 */
const DISTRICT_DATA = [
  { code: 'TP-THAIBINH', nameVi: 'Thành phố Thái Bình', nameEn: 'Thai Binh City', kind: 'city' },
  { code: 'H-DONGHUNG', nameVi: 'Huyện Đông Hưng', nameEn: 'Dong Hung District', kind: 'district' },
  { code: 'H-HUNGHA', nameVi: 'Huyện Hưng Hà', nameEn: 'Hung Ha District', kind: 'district' },
  { code: 'H-KIENXUONG', nameVi: 'Huyện Kiến Xương', nameEn: 'Kien Xuong District', kind: 'district' },
  { code: 'H-QUYNHPHU', nameVi: 'Huyện Quỳnh Phụ', nameEn: 'Quynh Phu District', kind: 'district' },
  { code: 'H-THAITHUY', nameVi: 'Huyện Thái Thụy', nameEn: 'Thai Thuy District', kind: 'district' },
  { code: 'H-TIENHAI', nameVi: 'Huyện Tiền Hải', nameEn: 'Tien Hai District', kind: 'district' },
  { code: 'H-VUTHU', nameVi: 'Huyện Vũ Thư', nameEn: 'Vu Thu District', kind: 'district' },
] as const satisfies readonly { code: string; nameVi: string; nameEn: string; kind: DistrictKind }[];

export type DistrictCode = (typeof DISTRICT_DATA)[number]['code'];

export interface District {
  readonly code: DistrictCode;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: DistrictKind;
  readonly validFrom: string;
  readonly validTo: string;
}

export const DISTRICTS: readonly District[] = DISTRICT_DATA.map((d) => ({
  ...d,
  validFrom: BEFORE_THE_PLAN,
  validTo: DISTRICT_LEVEL_LAST_DAY,
}));

export const DISTRICT_CODES = DISTRICT_DATA.map((d) => d.code) as unknown as readonly [
  DistrictCode,
  ...DistrictCode[],
];

export function findDistrict(code: string): District | undefined {
  return DISTRICTS.find((d) => d.code === code);
}

export function isDistrictCode(code: string): code is DistrictCode {
  return (DISTRICT_CODES as readonly string[]).includes(code);
}

export function districtLabel(code: string, lang: Lang = 'vi'): string {
  const district = findDistrict(code);
  return district ? pickLabel(district, lang) : code;
}
