import type { Lang } from './common';
import type { PlanAreaCode } from './plan-areas';

/**
 * The OECD DAC 5-digit purpose codes the province's foreign aid falls under: a curated subset of the IATI
 * 2.03 Sector codelist (codes and English names as IATI publishes them), with Vietnamese names and the
 * plan area (section III of plan 38/KH-UBND) each one serves. Adding a sector is one line here.
 */
const SECTOR_DATA = [
  // — Education (DAC 111–114) → III.3 learning society —
  {
    code: '11110',
    nameEn: 'Education policy and administrative management',
    nameVi: 'Chính sách và quản lý hành chính giáo dục',
    planArea: 'III.3',
  },
  {
    code: '11120',
    nameEn: 'Education facilities and training',
    nameVi: 'Cơ sở vật chất giáo dục và đào tạo',
    planArea: 'III.3',
  },
  { code: '11220', nameEn: 'Primary education', nameVi: 'Giáo dục tiểu học', planArea: 'III.3' },
  {
    code: '11231',
    nameEn: 'Basic life skills for youth',
    nameVi: 'Kỹ năng sống cơ bản cho thanh niên',
    planArea: 'III.3',
  },
  { code: '11240', nameEn: 'Early childhood education', nameVi: 'Giáo dục mầm non', planArea: 'III.3' },
  { code: '11330', nameEn: 'Vocational training', nameVi: 'Đào tạo nghề', planArea: 'III.3' },
  { code: '11420', nameEn: 'Higher education', nameVi: 'Giáo dục đại học', planArea: 'III.3' },
  // — Health (DAC 121–130) → III.4 health care —
  {
    code: '12110',
    nameEn: 'Health policy and administrative management',
    nameVi: 'Chính sách và quản lý hành chính y tế',
    planArea: 'III.4',
  },
  { code: '12191', nameEn: 'Medical services', nameVi: 'Dịch vụ y tế', planArea: 'III.4' },
  { code: '12220', nameEn: 'Basic health care', nameVi: 'Chăm sóc sức khỏe ban đầu', planArea: 'III.4' },
  {
    code: '12230',
    nameEn: 'Basic health infrastructure',
    nameVi: 'Cơ sở hạ tầng y tế cơ sở',
    planArea: 'III.4',
  },
  { code: '12240', nameEn: 'Basic nutrition', nameVi: 'Dinh dưỡng cơ bản', planArea: 'III.4' },
  {
    code: '12250',
    nameEn: 'Infectious disease control',
    nameVi: 'Phòng chống bệnh truyền nhiễm',
    planArea: 'III.4',
  },
  { code: '12261', nameEn: 'Health education', nameVi: 'Giáo dục sức khỏe', planArea: 'III.4' },
  {
    code: '12281',
    nameEn: 'Health personnel development',
    nameVi: 'Phát triển nhân lực y tế',
    planArea: 'III.4',
  },
  {
    code: '13020',
    nameEn: 'Reproductive health care',
    nameVi: 'Chăm sóc sức khỏe sinh sản',
    planArea: 'III.4',
  },
  // — Water and sanitation (DAC 140) → III.6 sustainable community —
  {
    code: '14030',
    nameEn: 'Basic drinking water supply and basic sanitation',
    nameVi: 'Cấp nước sinh hoạt và vệ sinh cơ bản',
    planArea: 'III.6',
  },
  {
    code: '14031',
    nameEn: 'Basic drinking water supply',
    nameVi: 'Cấp nước sinh hoạt cơ bản',
    planArea: 'III.6',
  },
  { code: '14032', nameEn: 'Basic sanitation', nameVi: 'Vệ sinh môi trường cơ bản', planArea: 'III.6' },
  // — Government and civil society (DAC 151) —
  {
    code: '15110',
    nameEn: 'Public sector policy and administrative management',
    nameVi: 'Chính sách và quản lý hành chính công',
    planArea: 'III.8',
  },
  {
    code: '15150',
    nameEn: 'Democratic participation and civil society',
    nameVi: 'Sự tham gia dân chủ và xã hội dân sự',
    planArea: 'III.11',
  },
  { code: '15160', nameEn: 'Human rights', nameVi: 'Quyền con người', planArea: 'III.2' },
  {
    code: '15170',
    nameEn: "Women's rights organisations and movements, and government institutions",
    nameVi: 'Tổ chức và phong trào vì quyền phụ nữ',
    planArea: 'III.2',
  },
  // — Other social infrastructure and services (DAC 160) —
  { code: '16010', nameEn: 'Social Protection', nameVi: 'Bảo trợ xã hội', planArea: 'III.1' },
  { code: '16020', nameEn: 'Employment creation', nameVi: 'Tạo việc làm', planArea: 'III.1' },
  { code: '16040', nameEn: 'Low-cost housing', nameVi: 'Nhà ở chi phí thấp', planArea: 'III.1' },
  {
    code: '16050',
    nameEn: 'Multisector aid for basic social services',
    nameVi: 'Hỗ trợ đa ngành cho dịch vụ xã hội cơ bản',
    planArea: 'III.2',
  },
  { code: '16061', nameEn: 'Culture and recreation', nameVi: 'Văn hóa và giải trí', planArea: 'III.5' },
  // — Agriculture, fishing, business (DAC 311–332) → III.7 science and technology for production —
  { code: '31120', nameEn: 'Agricultural development', nameVi: 'Phát triển nông nghiệp', planArea: 'III.7' },
  { code: '31161', nameEn: 'Food crop production', nameVi: 'Sản xuất cây lương thực', planArea: 'III.7' },
  { code: '31163', nameEn: 'Livestock', nameVi: 'Chăn nuôi', planArea: 'III.7' },
  { code: '31320', nameEn: 'Fishery development', nameVi: 'Phát triển thủy sản', planArea: 'III.7' },
  {
    code: '32130',
    nameEn: 'Small and medium-sized enterprises (SME) development',
    nameVi: 'Phát triển doanh nghiệp nhỏ và vừa',
    planArea: 'III.7',
  },
  {
    code: '33210',
    nameEn: 'Tourism policy and administrative management',
    nameVi: 'Chính sách và quản lý du lịch',
    planArea: 'III.5',
  },
  // — Environment, multisector, emergency (DAC 410–730) —
  {
    code: '41010',
    nameEn: 'Environmental policy and administrative management',
    nameVi: 'Chính sách và quản lý môi trường',
    planArea: 'III.6',
  },
  { code: '41030', nameEn: 'Biodiversity', nameVi: 'Đa dạng sinh học', planArea: 'III.6' },
  {
    code: '41081',
    nameEn: 'Environmental education/training',
    nameVi: 'Giáo dục, đào tạo về môi trường',
    planArea: 'III.6',
  },
  { code: '43040', nameEn: 'Rural development', nameVi: 'Phát triển nông thôn', planArea: 'III.1' },
  { code: '52010', nameEn: 'Food assistance', nameVi: 'Hỗ trợ lương thực', planArea: 'III.1' },
  {
    code: '72010',
    nameEn: 'Material relief assistance and services',
    nameVi: 'Cứu trợ vật chất và dịch vụ',
    planArea: 'III.1',
  },
  {
    code: '73010',
    nameEn: 'Immediate post-emergency reconstruction and rehabilitation',
    nameVi: 'Tái thiết và phục hồi sau thiên tai',
    planArea: 'III.6',
  },
] as const satisfies readonly { code: string; nameEn: string; nameVi: string; planArea: PlanAreaCode }[];

export type SectorCode = (typeof SECTOR_DATA)[number]['code'];

export interface Sector {
  /** OECD DAC 5-digit purpose code (IATI Sector vocabulary 1). */
  readonly code: SectorCode;
  readonly nameVi: string;
  readonly nameEn: string;
  /** The plan area the sector's aid counts towards. */
  readonly planArea: PlanAreaCode;
}

export const SECTORS: readonly Sector[] = SECTOR_DATA;

export const SECTOR_CODES = SECTOR_DATA.map((s) => s.code) as unknown as readonly [
  SectorCode,
  ...SectorCode[],
];

export function findSector(code: string): Sector | undefined {
  return SECTORS.find((s) => s.code === code);
}

export function sectorLabel(code: string, lang: Lang = 'vi'): string {
  const sector = findSector(code);
  if (!sector) return code;
  return `${sector.code} · ${lang === 'en' ? sector.nameEn : sector.nameVi}`;
}
