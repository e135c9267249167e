/**
 * The demo province's reference values for aid: donors, exchange-rate bands, each donor country's
 * usual currency and project topics. Data only, kept in one file so the demo's whole cast reads in one
 * place; what is done with it is in aid-demo-seed.ts and aid-demo-values.ts.
 */
import type { CountryCode, CurrencyCode } from '@ascc/contracts';
import type { Ngo } from '../ngos/ngo.entity';

/** Realistic donors of a Red River Delta province, ASEAN and beyond (names as they register in Viet Nam). */
export const NGOS: { name: string; vi: string; acronym?: string; country: CountryCode; kind: Ngo['kind'] }[] =
  [
    {
      name: 'Korea International Cooperation Agency Friends',
      vi: 'Hội Bạn bè KOICA',
      acronym: 'KOICA-F',
      country: 'KR',
      kind: 'friendship-organisation',
    },
    {
      name: 'Good Neighbors International',
      vi: 'Tổ chức Láng giềng Tốt Quốc tế',
      acronym: 'GNI',
      country: 'KR',
      kind: 'international-ngo',
    },
    {
      name: 'Korea Foundation for International Healthcare',
      vi: 'Quỹ Chăm sóc Y tế Quốc tế Hàn Quốc',
      acronym: 'KOFIH',
      country: 'KR',
      kind: 'foundation',
    },
    {
      name: 'Japan International Volunteer Center',
      vi: 'Trung tâm Tình nguyện Quốc tế Nhật Bản',
      acronym: 'JVC',
      country: 'JP',
      kind: 'international-ngo',
    },
    {
      name: 'Association for Aid and Relief, Japan',
      vi: 'Hiệp hội Cứu trợ và Hỗ trợ Nhật Bản',
      acronym: 'AAR',
      country: 'JP',
      kind: 'international-ngo',
    },
    {
      name: 'Deutsche Welthungerhilfe',
      vi: 'Tổ chức Chống đói nghèo Thế giới Đức',
      acronym: 'WHH',
      country: 'DE',
      kind: 'international-ngo',
    },
    {
      name: 'Konrad-Adenauer-Stiftung',
      vi: 'Quỹ Konrad Adenauer',
      acronym: 'KAS',
      country: 'DE',
      kind: 'foundation',
    },
    {
      name: 'East Meets West Foundation',
      vi: 'Quỹ Đông Tây Hội ngộ',
      acronym: 'EMW',
      country: 'US',
      kind: 'foundation',
    },
    {
      name: 'Catholic Relief Services',
      vi: 'Tổ chức Cứu trợ Công giáo',
      acronym: 'CRS',
      country: 'US',
      kind: 'international-ngo',
    },
    {
      name: 'Thai Red Cross Society',
      vi: 'Hội Chữ thập đỏ Thái Lan',
      country: 'TH',
      kind: 'friendship-organisation',
    },
    { name: 'Mahidol University Foundation', vi: 'Quỹ Đại học Mahidol', country: 'TH', kind: 'foundation' },
    {
      name: 'Singapore International Foundation',
      vi: 'Quỹ Quốc tế Xin-ga-po',
      acronym: 'SIF',
      country: 'SG',
      kind: 'foundation',
    },
    { name: 'Temasek Foundation', vi: 'Quỹ Temasek', country: 'SG', kind: 'foundation' },
    { name: 'Mercy Malaysia', vi: 'Tổ chức Mercy Ma-lai-xi-a', country: 'MY', kind: 'international-ngo' },
    { name: 'Plan International', vi: 'Tổ chức Plan Quốc tế', country: 'GB', kind: 'international-ngo' },
    { name: 'Oxfam Novib', vi: 'Tổ chức Oxfam Novib', country: 'NL', kind: 'international-ngo' },
    { name: 'Caritas Switzerland', vi: 'Tổ chức Caritas Thụy Sĩ', country: 'CH', kind: 'international-ngo' },
    {
      name: 'Australian Volunteers International',
      vi: 'Tình nguyện viên Quốc tế Ô-xtơ-rây-li-a',
      acronym: 'AVI',
      country: 'AU',
      kind: 'international-ngo',
    },
  ];

/** Each currency's rate in đồng in 2017 and in 2025 (the demo interpolates between them). */
export const RATES: Record<Exclude<CurrencyCode, 'VND'>, [number, number]> = {
  USD: [22_700, 25_400],
  EUR: [25_500, 28_500],
  JPY: [165, 215],
  KRW: [17.5, 21],
  GBP: [29_000, 33_000],
  AUD: [15_500, 17_800],
  CAD: [17_000, 19_000],
  CHF: [23_500, 30_000],
  CNY: [3_300, 3_600],
  SGD: [16_500, 19_500],
  THB: [650, 760],
  NZD: [14_500, 16_500],
  SEK: [2_200, 2_600],
  NOK: [2_200, 2_700],
  DKK: [3_300, 3_800],
};
export const CURRENCY_OF: Partial<Record<CountryCode, CurrencyCode>> = {
  KR: 'KRW',
  JP: 'JPY',
  DE: 'EUR',
  NL: 'EUR',
  US: 'USD',
  GB: 'USD',
  CH: 'USD',
  AU: 'USD',
  SG: 'USD',
  TH: 'VND',
  MY: 'USD',
};
export const TOPICS: [string, string][] = [
  ['Nâng cao chất lượng giáo dục mầm non', 'Improving early childhood education'],
  ['Chăm sóc sức khỏe ban đầu cho người cao tuổi', 'Primary health care for the elderly'],
  ['Nước sạch và vệ sinh trường học', 'Clean water and sanitation in schools'],
  ['Sinh kế bền vững cho hộ nghèo ven biển', 'Sustainable livelihoods for poor coastal households'],
  ['Hỗ trợ trẻ em khuyết tật hòa nhập', 'Inclusive support for children with disabilities'],
  ['Dạy nghề cho thanh niên nông thôn', 'Vocational training for rural youth'],
  ['Phòng chống thiên tai dựa vào cộng đồng', 'Community-based disaster preparedness'],
  ['Dinh dưỡng cho bà mẹ và trẻ em', 'Nutrition for mothers and children'],
];
