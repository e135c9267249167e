import type { Lang } from './common';

export interface Solution {
  readonly code: SolutionCode;
  readonly number: number;
  /** The opening words of the solution as the plan writes them (section IV). */
  readonly titleVi: string;
  readonly titleEn: string;
}

const SOLUTION_DATA = [
  {
    code: 'IV.1',
    number: 1,
    titleVi: 'Ban hành kịp thời các văn bản hướng dẫn, cụ thể hóa các quy định của Trung ương',
    titleEn: 'Issue timely guidance and provincial rules that give effect to central regulations',
  },
  {
    code: 'IV.2',
    number: 2,
    titleVi: 'Đổi mới công tác quản lý Nhà nước trong thực hiện các chế độ, chính sách cho người dân',
    titleEn: 'Renew state management in delivering entitlements and policies to the people',
  },
  {
    code: 'IV.3',
    number: 3,
    titleVi:
      'Rà soát, lồng ghép và tổ chức thực hiện các nội dung của Kế hoạch thực hiện mục tiêu Cộng đồng Văn ' +
      'hóa - Xã hội ASEAN đến năm 2025 trong kế hoạch, chương trình hàng năm của các sở, ban, ngành, UBND ' +
      'huyện, thành phố',
    titleEn:
      "Review and build the plan's content into the yearly plans and programmes of departments, agencies " +
      "and district People's Committees",
  },
  {
    code: 'IV.4',
    number: 4,
    titleVi:
      'Tăng cường tổ chức tuyên truyền, vận động nâng cao nhận thức của cán bộ, công chức, viên chức và ' +
      'người dân về Cộng đồng Văn hóa - Xã hội ASEAN và các mục tiêu của Kế hoạch',
    titleEn:
      "Step up communication to raise officials' and the people's awareness of the ASEAN Socio-Cultural " +
      "Community and the plan's goals",
  },
  {
    code: 'IV.5',
    number: 5,
    titleVi:
      'Hoàn thiện hệ thống tổ chức bộ máy của các cấp, các ngành; nâng cao năng lực, trình độ chuyên môn, ' +
      'kiến thức về hội nhập Quốc tế, đào tạo bồi dưỡng về ngoại ngữ, tin học cho cán bộ, công chức, viên chức',
    titleEn:
      'Improve the organisation at every level; build capacity and international-integration knowledge, and ' +
      'train officials in foreign languages and IT',
  },
  {
    code: 'IV.6',
    number: 6,
    titleVi:
      'Đào tạo, nâng cao chất lượng cho đội ngũ cán bộ, công chức, viên chức nhằm đáp ứng nhu cầu hội nhập ' +
      'thực hiện chính sách văn hóa, xã hội',
    titleEn:
      'Train officials and raise their quality to meet integration needs in cultural and social policy',
  },
  {
    code: 'IV.7',
    number: 7,
    titleVi: 'Tăng cường huy động nguồn lực, nhân lực thực hiện tốt chính sách văn hóa, xã hội',
    titleEn:
      'Mobilise resources and people for cultural and social policy, and strengthen international cooperation',
  },
  {
    code: 'IV.8',
    number: 8,
    titleVi: 'Tăng cường công tác kiểm tra, giám sát việc tổ chức triển khai thực hiện các nhiệm vụ mục tiêu',
    titleEn: 'Strengthen inspection and supervision of how the goals and tasks are carried out',
  },
] as const;

export type SolutionCode = (typeof SOLUTION_DATA)[number]['code'];

export const SOLUTIONS: readonly Solution[] = SOLUTION_DATA;

export const SOLUTION_CODES = SOLUTION_DATA.map((s) => s.code) as unknown as readonly [
  SolutionCode,
  ...SolutionCode[],
];

export function findSolution(code: string): Solution | undefined {
  return SOLUTIONS.find((s) => s.code === code);
}

export function solutionLabel(code: string, lang: Lang = 'vi'): string {
  const solution = findSolution(code);
  if (!solution) return code;
  return lang === 'en' ? solution.titleEn : solution.titleVi;
}
