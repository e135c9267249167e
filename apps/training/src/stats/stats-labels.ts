import type { Lang } from '@ascc/catalog';
import type { GENDERS, TARGET_GROUPS, TARGET_LEVELS, TRAINING_TOPICS } from '@ascc/contracts';

type TrainingTopic = (typeof TRAINING_TOPICS)[number];
type TargetLevel = (typeof TARGET_LEVELS)[number];
type TargetGroup = (typeof TARGET_GROUPS)[number];
type Gender = (typeof GENDERS)[number];

type Labels<K extends string> = Record<K, Record<Lang, string>>;

/** The statistics' columns and values as the console names them, for the files a person opens. */
export const STATS_HEADERS: Labels<
  'year' | 'topic' | 'level' | 'group' | 'gender' | 'agencyCode' | 'trained' | 'completed'
> = {
  year: { vi: 'Năm', en: 'Year' },
  topic: { vi: 'Chủ đề', en: 'Topic' },
  level: { vi: 'Cấp', en: 'Level' },
  group: { vi: 'Đối tượng', en: 'Target group' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  agencyCode: { vi: 'Cơ quan tổ chức', en: 'Organising agency' },
  trained: { vi: 'Lượt người được đào tạo', en: 'People trained' },
  completed: { vi: 'Hoàn thành', en: 'Completed' },
};

export const TOPIC_LABELS: Labels<TrainingTopic> = {
  'international-integration': { vi: 'Hội nhập quốc tế', en: 'International integration' },
  'foreign-affairs': { vi: 'Kiến thức đối ngoại', en: 'Foreign affairs knowledge' },
  'foreign-language': { vi: 'Ngoại ngữ', en: 'Foreign language' },
  it: { vi: 'Tin học', en: 'Information technology' },
  'asean-cooperation': { vi: 'Chuyên môn hợp tác ASEAN', en: 'ASEAN cooperation expertise' },
  'professional-skills': { vi: 'Kỹ năng chuyên môn', en: 'Professional skills' },
  'state-management': { vi: 'Quản lý nhà nước', en: 'State management' },
  'political-theory': { vi: 'Lý luận chính trị', en: 'Political theory' },
};

export const LEVEL_LABELS: Labels<TargetLevel> = {
  province: { vi: 'Cấp tỉnh', en: 'Province level' },
  district: { vi: 'Cấp huyện', en: 'District level' },
  commune: { vi: 'Cấp xã', en: 'Commune level' },
};

export const GROUP_LABELS: Labels<TargetGroup> = {
  cadre: { vi: 'Cán bộ', en: 'Cadre' },
  'civil-servant': { vi: 'Công chức', en: 'Civil servant' },
  'public-employee': { vi: 'Viên chức', en: 'Public employee' },
};

export const GENDER_LABELS: Labels<Gender> = {
  female: { vi: 'Nữ', en: 'Female' },
  male: { vi: 'Nam', en: 'Male' },
};

export const STATS_TITLE: Record<Lang, string> = {
  vi: 'THỐNG KÊ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
  en: 'TRAINING STATISTICS FOR CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES',
};
