import type { AgencyCode } from './agencies';
import type { Lang } from './common';
import { DISTRICT_CODES } from './districts';

/**
 * How the text assigns the area:
 * - 'lead': separate "Đơn vị chủ trì" and "Đơn vị phối hợp" clauses;
 * - 'performing-units': one "Đơn vị thực hiện" list, so its first-named unit is taken as lead;
 * - 'heading': the heading itself names who carries the area out.
 */
export type PlanAreaAssignment = 'lead' | 'performing-units' | 'heading';

export interface PlanArea {
  readonly code: PlanAreaCode;
  readonly number: number;
  /** The heading as the plan words it (trailing "cụ thể như sau:" and the like dropped). */
  readonly titleVi: string;
  readonly titleEn: string;
  readonly leadAgencyCodes: readonly AgencyCode[];
  readonly coordinatingAgencyCodes: readonly AgencyCode[];
  /** The text adds unnamed bodies too ("các sở, ban, ngành có liên quan", "các tổ chức đoàn thể"). */
  readonly alsoUnnamedRelatedBodies: boolean;
  readonly assignment: PlanAreaAssignment;
}

/** "UBND huyện, thành phố" in the text means every district-level committee. */
const ALL_DISTRICTS: readonly AgencyCode[] = DISTRICT_CODES;

const PLAN_AREA_DATA = [
  {
    code: 'III.1',
    number: 1,
    titleVi: 'Triển khai các hoạt động xây dựng cộng đồng gắn kết và mang lại lợi ích cho người dân',
    titleEn: 'Building a cohesive community that brings benefits to the people',
    leadAgencyCodes: ['SLDTBXH'],
    coordinatingAgencyCodes: [
      'SGDDT',
      'SYT',
      'SVHTTDL',
      'SKHCN',
      'STTTT',
      'STNMT',
      'SNNPTNT',
      'SNGV',
      'SNV',
      'LHHN',
      ...ALL_DISTRICTS,
    ],
    alsoUnnamedRelatedBodies: true,
    assignment: 'performing-units',
  },
  {
    code: 'III.2',
    number: 2,
    titleVi: 'Tổ chức triển khai và thực hiện các hoạt động xây dựng cộng đồng tiến bộ, hòa nhập, bình đẳng',
    titleEn: 'Building a progressive, inclusive and equitable community',
    leadAgencyCodes: ['SLDTBXH'],
    coordinatingAgencyCodes: ['SGDDT', 'SYT', 'SVHTTDL', 'STTTT', ...ALL_DISTRICTS],
    alsoUnnamedRelatedBodies: true,
    assignment: 'lead',
  },
  {
    code: 'III.3',
    number: 3,
    titleVi: 'Triển khai xây dựng xã hội học tập hướng đến người dân',
    titleEn: 'Building a learning society oriented to the people',
    leadAgencyCodes: ['SGDDT'],
    coordinatingAgencyCodes: ['SLDTBXH', 'SYT', 'SVHTTDL', 'STTTT', ...ALL_DISTRICTS],
    alsoUnnamedRelatedBodies: true,
    assignment: 'lead',
  },
  {
    code: 'III.4',
    number: 4,
    titleVi:
      'Triển khai các dịch vụ về chăm sóc sức khỏe cho người dân, hướng đến một cộng đồng tự lực, tự cường',
    titleEn: 'Health care services for the people, towards a self-reliant and resilient community',
    leadAgencyCodes: ['SYT'],
    coordinatingAgencyCodes: ['SGDDT', 'SLDTBXH', ...ALL_DISTRICTS],
    alsoUnnamedRelatedBodies: true,
    assignment: 'lead',
  },
  {
    code: 'III.5',
    number: 5,
    titleVi:
      'Triển khai các hoạt động về văn hóa, nâng cao thể lực tinh thần cho người dân; mở rộng các hình thức ' +
      'quảng bá, thu hút các hoạt động du lịch trên địa bàn tỉnh hướng đến quá trình hội nhập',
    titleEn:
      "Cultural activities and the people's physical and mental well-being; wider promotion of tourism in " +
      'the province towards integration',
    leadAgencyCodes: ['SVHTTDL'],
    coordinatingAgencyCodes: ['SNGV', 'STTTT', 'SLDTBXH', ...ALL_DISTRICTS],
    alsoUnnamedRelatedBodies: true,
    assignment: 'lead',
  },
  {
    code: 'III.6',
    number: 6,
    titleVi: 'Triển khai các hoạt động xây dựng cộng đồng bền vững',
    titleEn: 'Building a sustainable community',
    leadAgencyCodes: ['STNMT'],
    coordinatingAgencyCodes: ['SNNPTNT', 'SKHCN', ...ALL_DISTRICTS],
    alsoUnnamedRelatedBodies: true,
    assignment: 'lead',
  },
  {
    code: 'III.7',
    number: 7,
    titleVi:
      'Triển khai thực hiện các hoạt động hướng người dân vào ứng dụng khoa học công nghệ trong quá trình ' +
      'hoạt động sản xuất công nghiệp, nông nghiệp đạt hiệu quả cao',
    titleEn:
      'Helping the people apply science and technology for highly efficient industrial and agricultural production',
    leadAgencyCodes: ['SKHCN'],
    coordinatingAgencyCodes: ['SNNPTNT', 'SLDTBXH', 'STTTT', ...ALL_DISTRICTS],
    alsoUnnamedRelatedBodies: true,
    assignment: 'lead',
  },
  {
    code: 'III.8',
    number: 8,
    titleVi:
      'Tổ chức theo dõi, kiểm tra, hướng dẫn việc tổ chức triển khai thực hiện hiệu quả Kế hoạch đào tạo, ' +
      'bồi dưỡng cán bộ, công chức, viên chức làm công tác hội nhập Quốc tế tỉnh Thái Bình giai đoạn ' +
      '2016 - 2020 và những năm tiếp theo',
    titleEn:
      'Monitoring, inspecting and guiding the plan for training and fostering cadres, civil servants and ' +
      'public employees working on international integration in Thai Binh, 2016–2020 and the following years',
    leadAgencyCodes: ['SNV'],
    coordinatingAgencyCodes: ['SNGV', ...ALL_DISTRICTS],
    alsoUnnamedRelatedBodies: true,
    assignment: 'lead',
  },
  {
    code: 'III.9',
    number: 9,
    titleVi: 'Tổ chức các hoạt động tuyên truyền, ngoại giao văn hóa',
    titleEn: 'Communication and cultural diplomacy activities',
    leadAgencyCodes: ['SNGV'],
    coordinatingAgencyCodes: [
      'SNV',
      'SLDTBXH',
      'SGDDT',
      'SYT',
      'SVHTTDL',
      'SKHCN',
      'STTTT',
      'STNMT',
      'SNNPTNT',
      ...ALL_DISTRICTS,
    ],
    // The only area whose coordinating list is closed: no "các sở, ban, ngành có liên quan".
    alsoUnnamedRelatedBodies: false,
    assignment: 'lead',
  },
  {
    code: 'III.10',
    number: 10,
    titleVi:
      'Vận động, điều phối viện trợ của các tổ chức phi Chính phủ và các cá nhân nước ngoài nhằm góp phần ' +
      'vào công cuộc phát triển kinh tế - xã hội',
    titleEn:
      'Mobilising and coordinating aid from foreign non-governmental organisations and individuals for ' +
      'socio-economic development',
    leadAgencyCodes: ['SNGV'],
    coordinatingAgencyCodes: ['LHHN', 'VPUBND', ...ALL_DISTRICTS],
    alsoUnnamedRelatedBodies: true,
    assignment: 'lead',
  },
  {
    code: 'III.11',
    number: 11,
    titleVi:
      'Ủy ban Mặt trận tổ quốc Việt Nam tỉnh và các tổ chức đoàn thể trong tỉnh phối hợp thực hiện chính ' +
      'sách xã hội',
    titleEn:
      'The provincial Viet Nam Fatherland Front Committee and mass organisations take part in carrying out ' +
      'social policies',
    leadAgencyCodes: ['UBMTTQ'],
    coordinatingAgencyCodes: [],
    alsoUnnamedRelatedBodies: true,
    assignment: 'heading',
  },
  {
    code: 'III.12',
    number: 12,
    titleVi:
      'UBND huyện, thành phố căn cứ vào tình hình thực tế tại địa phương triển khai thực hiện hiệu quả các ' +
      'mục tiêu, nhiệm vụ về xây dựng Cộng đồng Văn hóa - Xã hội ASEAN',
    titleEn:
      "District and city People's Committees carry out the ASEAN Socio-Cultural Community goals and tasks " +
      'according to local conditions',
    // Each district-level committee leads in its own territory.
    leadAgencyCodes: ALL_DISTRICTS,
    coordinatingAgencyCodes: [],
    alsoUnnamedRelatedBodies: false,
    assignment: 'heading',
  },
] as const satisfies readonly (Omit<PlanArea, 'code'> & { code: string })[];

export type PlanAreaCode = (typeof PLAN_AREA_DATA)[number]['code'];

export const PLAN_AREAS: readonly PlanArea[] = PLAN_AREA_DATA;

export const PLAN_AREA_CODES = PLAN_AREA_DATA.map((a) => a.code) as unknown as readonly [
  PlanAreaCode,
  ...PlanAreaCode[],
];

export function findPlanArea(code: string): PlanArea | undefined {
  return PLAN_AREAS.find((a) => a.code === code);
}

export function planAreaLabel(code: string, lang: Lang = 'vi'): string {
  const area = findPlanArea(code);
  if (!area) return code;
  return lang === 'en' ? area.titleEn : area.titleVi;
}

/** Areas in which the agency is lead or coordinating, in the plan's order. */
export function planAreasOfAgency(code: string): readonly PlanArea[] {
  return PLAN_AREAS.filter(
    (a) =>
      (a.leadAgencyCodes as readonly string[]).includes(code) ||
      (a.coordinatingAgencyCodes as readonly string[]).includes(code),
  );
}
