import { assertIsoDate, BEFORE_THE_PLAN, type Lang, pickLabel } from './common';
import { DISTRICT_LEVEL_LAST_DAY, DISTRICTS, type DistrictCode } from './districts';

export type AgencyKind = 'department' | 'organisation' | 'party' | 'committee' | 'district';

/** Which province an agency belongs to: Thái Bình until 30 June 2025, then the merged Hưng Yên. */
export type AgencyProvince = 'thai-binh' | 'hung-yen';

/** Ministry-level reorganisation: the merged departments started on 1 March 2025. */
const DEPARTMENT_MERGERS_LAST_DAY = '2025-02-28';
const DEPARTMENT_MERGERS_FIRST_DAY = '2025-03-01';
/** Thái Bình merged into Hưng Yên on 1 July 2025 (same day the district level ended). */
const THAI_BINH_LAST_DAY = '2025-06-30';
const HUNG_YEN_FIRST_DAY = '2025-07-01';

interface AgencySeed {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: AgencyKind;
  readonly province: AgencyProvince;
  readonly validFrom: string;
  readonly validTo?: string;
  readonly successorCode?: string;
  /** Other spellings the plan text uses for the same body (abbreviations, dash for comma). */
  readonly aliasesVi?: readonly string[];
}

/**
 * Provincial bodies: those the plan names as performing or coordinating units (sections III and VII),
 * their 2025 successors, and the merged Hưng Yên province's counterparts. Names are the plan's own
 * spelling where the plan names the body. Districts are added below from `DISTRICTS`.
 */
const PROVINCIAL_AGENCIES = [
  // — Thái Bình, as named in the plan —
  {
    code: 'UBND',
    nameVi: 'Ủy ban nhân dân tỉnh Thái Bình',
    nameEn: "Thai Binh Provincial People's Committee",
    kind: 'committee',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-UBND',
    aliasesVi: ['UBND tỉnh'],
  },
  {
    code: 'VPUBND',
    nameVi: 'Văn phòng Ủy ban nhân dân tỉnh',
    nameEn: "Office of the Provincial People's Committee",
    // Legally one of the People's Committee's specialised agencies, i.e. department rank.
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-VPUBND',
    aliasesVi: ['Văn phòng UBND tỉnh'],
  },
  {
    code: 'SLDTBXH',
    nameVi: 'Sở Lao động - Thương binh và Xã hội',
    nameEn: 'Department of Labour, Invalids and Social Affairs',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    // Its work went to Home Affairs (DESIGN.md); parts (vocational training, social protection) went to
    // Education and Health in reality, but records roll up to one successor.
    validTo: DEPARTMENT_MERGERS_LAST_DAY,
    successorCode: 'SNV',
  },
  {
    code: 'SKHDT',
    nameVi: 'Sở Kế hoạch và Đầu tư',
    nameEn: 'Department of Planning and Investment',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: DEPARTMENT_MERGERS_LAST_DAY,
    successorCode: 'STC',
  },
  {
    code: 'STC',
    nameVi: 'Sở Tài chính',
    nameEn: 'Department of Finance',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-STC',
  },
  {
    code: 'SVHTTDL',
    nameVi: 'Sở Văn hóa, Thể thao và Du lịch',
    nameEn: 'Department of Culture, Sports and Tourism',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-SVHTTDL',
    aliasesVi: ['Sở Văn hóa - Thể thao và Du lịch'],
  },
  {
    code: 'SNGV',
    nameVi: 'Sở Ngoại vụ',
    nameEn: 'Department of Foreign Affairs',
    kind: 'department',
    province: 'thai-binh',
    // Founded by Decision 3898/QĐ-UBND of 23/12/2016. Dissolved under Decree 107/2020/NĐ-CP (the
    // province met none of its criteria), approved by the provincial People's Council in December 2020;
    // its work went to the People's Committee office. Last day taken as 2020-12-31: confirm against the
    // dissolution decision.
    validFrom: '2016-12-23',
    validTo: '2020-12-31',
    successorCode: 'VPUBND',
  },
  {
    code: 'STTTT',
    nameVi: 'Sở Thông tin và Truyền thông',
    nameEn: 'Department of Information and Communications',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: DEPARTMENT_MERGERS_LAST_DAY,
    successorCode: 'SKHCN',
  },
  {
    code: 'SGDDT',
    nameVi: 'Sở Giáo dục và Đào tạo',
    nameEn: 'Department of Education and Training',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-SGDDT',
  },
  {
    code: 'SYT',
    nameVi: 'Sở Y tế',
    nameEn: 'Department of Health',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-SYT',
  },
  {
    code: 'SCT',
    nameVi: 'Sở Công Thương',
    nameEn: 'Department of Industry and Trade',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-SCT',
  },
  {
    code: 'STNMT',
    nameVi: 'Sở Tài nguyên và Môi trường',
    nameEn: 'Department of Natural Resources and Environment',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: DEPARTMENT_MERGERS_LAST_DAY,
    successorCode: 'SNNMT',
  },
  {
    code: 'SNNPTNT',
    nameVi: 'Sở Nông nghiệp và Phát triển nông thôn',
    nameEn: 'Department of Agriculture and Rural Development',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: DEPARTMENT_MERGERS_LAST_DAY,
    successorCode: 'SNNMT',
  },
  {
    code: 'SKHCN',
    nameVi: 'Sở Khoa học và Công nghệ',
    nameEn: 'Department of Science and Technology',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-SKHCN',
  },
  {
    code: 'SNV',
    nameVi: 'Sở Nội vụ',
    nameEn: 'Department of Home Affairs',
    kind: 'department',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-SNV',
  },
  {
    code: 'LHHN',
    nameVi: 'Hội Liên hiệp các tổ chức hữu nghị tỉnh',
    nameEn: 'Provincial Union of Friendship Organisations',
    kind: 'organisation',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-LHHN',
  },
  {
    code: 'UBMTTQ',
    nameVi: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    nameEn: 'Provincial Committee of the Viet Nam Fatherland Front',
    kind: 'organisation',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-UBMTTQ',
    aliasesVi: ['UBMTTQVN tỉnh'],
  },
  {
    code: 'BTGTU',
    nameVi: 'Ban Tuyên giáo Tỉnh ủy',
    nameEn: 'Propaganda and Education Commission of the Provincial Party Committee',
    kind: 'party',
    province: 'thai-binh',
    validFrom: BEFORE_THE_PLAN,
    // Merged with the Mass Mobilisation Commission; the merger was announced on 6 February 2025.
    validTo: '2025-02-05',
    successorCode: 'BTGDVTU',
  },

  // — Thái Bình bodies created by the 2025 reorganisation —
  {
    code: 'SNNMT',
    nameVi: 'Sở Nông nghiệp và Môi trường',
    nameEn: 'Department of Agriculture and Environment',
    kind: 'department',
    province: 'thai-binh',
    validFrom: DEPARTMENT_MERGERS_FIRST_DAY,
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-SNNMT',
  },
  {
    code: 'BTGDVTU',
    nameVi: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    nameEn: 'Propaganda, Education and Mass Mobilisation Commission of the Provincial Party Committee',
    kind: 'party',
    province: 'thai-binh',
    validFrom: '2025-02-06',
    validTo: THAI_BINH_LAST_DAY,
    successorCode: 'HY-BTGDVTU',
  },

  // — Hưng Yên after the merger of 1 July 2025: the successors of Thái Bình's bodies —
  {
    code: 'HY-UBND',
    nameVi: 'Ủy ban nhân dân tỉnh Hưng Yên',
    nameEn: "Hung Yen Provincial People's Committee",
    kind: 'committee',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-VPUBND',
    nameVi: 'Văn phòng Ủy ban nhân dân tỉnh Hưng Yên',
    nameEn: "Office of the Hung Yen Provincial People's Committee",
    kind: 'department',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-SNV',
    nameVi: 'Sở Nội vụ tỉnh Hưng Yên',
    nameEn: 'Hung Yen Department of Home Affairs',
    kind: 'department',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-STC',
    nameVi: 'Sở Tài chính tỉnh Hưng Yên',
    nameEn: 'Hung Yen Department of Finance',
    kind: 'department',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-SVHTTDL',
    nameVi: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên',
    nameEn: 'Hung Yen Department of Culture, Sports and Tourism',
    kind: 'department',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-SGDDT',
    nameVi: 'Sở Giáo dục và Đào tạo tỉnh Hưng Yên',
    nameEn: 'Hung Yen Department of Education and Training',
    kind: 'department',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-SYT',
    nameVi: 'Sở Y tế tỉnh Hưng Yên',
    nameEn: 'Hung Yen Department of Health',
    kind: 'department',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-SCT',
    nameVi: 'Sở Công Thương tỉnh Hưng Yên',
    nameEn: 'Hung Yen Department of Industry and Trade',
    kind: 'department',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-SNNMT',
    nameVi: 'Sở Nông nghiệp và Môi trường tỉnh Hưng Yên',
    nameEn: 'Hung Yen Department of Agriculture and Environment',
    kind: 'department',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-SKHCN',
    nameVi: 'Sở Khoa học và Công nghệ tỉnh Hưng Yên',
    nameEn: 'Hung Yen Department of Science and Technology',
    kind: 'department',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-LHHN',
    nameVi: 'Liên hiệp các tổ chức hữu nghị tỉnh Hưng Yên',
    nameEn: 'Hung Yen Union of Friendship Organisations',
    kind: 'organisation',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-UBMTTQ',
    nameVi: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên',
    nameEn: 'Hung Yen Provincial Committee of the Viet Nam Fatherland Front',
    kind: 'organisation',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
  {
    code: 'HY-BTGDVTU',
    nameVi: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên',
    nameEn:
      'Propaganda, Education and Mass Mobilisation Commission of the Hung Yen Provincial Party Committee',
    kind: 'party',
    province: 'hung-yen',
    validFrom: HUNG_YEN_FIRST_DAY,
  },
] as const satisfies readonly AgencySeed[];

export type AgencyCode = (typeof PROVINCIAL_AGENCIES)[number]['code'] | DistrictCode;

export interface Agency {
  readonly code: AgencyCode;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly kind: AgencyKind;
  readonly province: AgencyProvince;
  /** First day in force, ISO `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** Last day in force; absent while it still exists. */
  readonly validTo?: string;
  /** The agency that took over its work the day after `validTo`. */
  readonly successorCode?: AgencyCode;
  readonly aliasesVi?: readonly string[];
}

/**
 * District People's Committees: the level was abolished on 1 July 2025 and the communes now answer to
 * the province, so their work rolls up to the (merged) provincial People's Committee.
 */
const DISTRICT_AGENCIES: readonly Agency[] = DISTRICTS.map((d) => ({
  code: d.code,
  nameVi: `Ủy ban nhân dân ${d.nameVi.charAt(0).toLocaleLowerCase('vi')}${d.nameVi.slice(1)}`,
  nameEn: `${d.nameEn} People's Committee`,
  kind: 'district',
  province: 'thai-binh',
  validFrom: d.validFrom,
  validTo: DISTRICT_LEVEL_LAST_DAY,
  successorCode: 'HY-UBND',
}));

// Typed as `Agency` here so that every successor code is checked against the codes at compile time.
const PROVINCIAL: readonly Agency[] = PROVINCIAL_AGENCIES;

export const AGENCIES: readonly Agency[] = [...PROVINCIAL, ...DISTRICT_AGENCIES];

/** Every agency code, as a non-empty tuple so it can feed `z.enum(AGENCY_CODES)`. */
export const AGENCY_CODES = AGENCIES.map((a) => a.code) as unknown as readonly [AgencyCode, ...AgencyCode[]];

const BY_CODE: ReadonlyMap<string, Agency> = new Map(AGENCIES.map((a) => [a.code, a]));

export function isAgencyCode(code: string): code is AgencyCode {
  return BY_CODE.has(code);
}

export function findAgency(code: string): Agency | undefined {
  return BY_CODE.get(code);
}

function inForce(agency: Agency, isoDate: string): boolean {
  return agency.validFrom <= isoDate && (agency.validTo === undefined || isoDate <= agency.validTo);
}

/** Whether the agency existed on that calendar date; false for an unknown code. */
export function isAgencyValidOn(code: string, isoDate: string): boolean {
  assertIsoDate(isoDate);
  const agency = findAgency(code);
  return agency !== undefined && inForce(agency, isoDate);
}

export function agenciesValidOn(isoDate: string): readonly Agency[] {
  assertIsoDate(isoDate);
  return AGENCIES.filter((a) => inForce(a, isoDate));
}

/**
 * The agency in force on `isoDate` that carries on `code`'s work: the agency itself while it exists,
 * else its successor, followed link by link. A record keeps the agency it was made under; reports use
 * this to roll it up. Undefined for an unknown code, a date before the agency existed, or a chain that
 * ends without a successor in force.
 */
export function successorOn(code: string, isoDate: string): Agency | undefined {
  assertIsoDate(isoDate);
  let agency = findAgency(code);
  // The hop bound guards against a cycle in the data, which would otherwise loop forever.
  for (let hops = 0; agency !== undefined && hops <= AGENCIES.length; hops++) {
    if (inForce(agency, isoDate)) return agency;
    if (isoDate < agency.validFrom || agency.successorCode === undefined) return undefined;
    agency = findAgency(agency.successorCode);
  }
  return undefined;
}

/** The agency's name in the language; the bare code for an unknown one, so a label never goes blank. */
export function agencyLabel(code: string, lang: Lang = 'vi'): string {
  const agency = findAgency(code);
  return agency ? pickLabel(agency, lang) : code;
}
