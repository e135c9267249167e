import * as fs from 'node:fs';
import * as path from 'node:path';

import {
  AGENCIES,
  AGENCY_CODES,
  type Agency,
  agencyLabel,
  annualReportDueDate,
  aseanMembersOn,
  COUNTRIES,
  COUNTRY_CODES,
  countryLabel,
  DISTRICT_CODES,
  DISTRICTS,
  findAgency,
  findPlanArea,
  FUNDING_SOURCE_CODES,
  FUNDING_SOURCES,
  isAgencyValidOn,
  isAseanMember,
  PHASES,
  phaseOfYear,
  PLAN,
  PLAN_AREA_CODES,
  PLAN_AREAS,
  type PlanArea,
  SOLUTIONS,
  successorOn,
  nextIsoDay,
} from '../index';

/** The plan's text, kept in the repository as reference data (libs/catalog/reference/README.md). */
const planPath = path.resolve(__dirname, '../../reference/plan-38-KH-UBND-2017.txt');
const planText = fs.readFileSync(planPath, 'utf8');

/** Line breaks in the text fall mid-phrase, so compare with whitespace collapsed. */
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const lower = (s: string) => squash(s).toLocaleLowerCase('vi');

const PLAN_DATE = PLAN.issuedOn;
const byCode = (code: string): Agency => {
  const agency = findAgency(code);
  if (!agency) throw new Error(`no agency ${code}`);
  return agency;
};
const sorted = (codes: readonly string[]) => [...codes].sort();

describe('catalog', () => {
  describe('agencies', () => {
    it('has unique, short uppercase ASCII codes', () => {
      const codes = AGENCIES.map((a) => a.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9-]{1,15}$/);
    });

    it('exposes every code as a non-empty tuple usable by z.enum', () => {
      const asEnumInput: readonly [string, ...string[]] = AGENCY_CODES;
      expect(asEnumInput).toEqual(AGENCIES.map((a) => a.code));
    });

    it('uses ISO calendar dates, with validTo never before validFrom', () => {
      for (const a of AGENCIES) {
        expect(a.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (a.validTo !== undefined) expect(a.validTo >= a.validFrom).toBe(true);
      }
    });

    it('names the 2025 mergers with their successors', () => {
      expect(byCode('SLDTBXH')).toMatchObject({ validTo: '2025-02-28', successorCode: 'SNV' });
      expect(byCode('SKHDT')).toMatchObject({ validTo: '2025-02-28', successorCode: 'STC' });
      expect(byCode('STNMT')).toMatchObject({ validTo: '2025-02-28', successorCode: 'SNNMT' });
      expect(byCode('SNNPTNT')).toMatchObject({ validTo: '2025-02-28', successorCode: 'SNNMT' });
      expect(byCode('STTTT')).toMatchObject({ validTo: '2025-02-28', successorCode: 'SKHCN' });
      expect(byCode('SNNMT')).toMatchObject({
        nameVi: 'Sở Nông nghiệp và Môi trường',
        validFrom: '2025-03-01',
      });
    });

    it('links every ended agency to a successor in force the next day, without cycles', () => {
      for (const a of AGENCIES) {
        if (a.validTo === undefined) continue;
        expect(a.successorCode).toBeDefined();
        const successor = byCode(a.successorCode as string);
        expect(isAgencyValidOn(successor.code, nextIsoDay(a.validTo))).toBe(true);
        // Following the chain from any agency must end at one still in force.
        expect(successorOn(a.code, '2099-01-01')?.validTo).toBeUndefined();
      }
    });

    it('ends every Thái Bình body by 30 June 2025 and starts every Hưng Yên one on 1 July 2025', () => {
      for (const a of AGENCIES) {
        if (a.province === 'thai-binh')
          expect(a.validTo !== undefined && a.validTo <= '2025-06-30').toBe(true);
        else expect(a.validFrom).toBe('2025-07-01');
      }
    });

    it('checks validity on a date, inclusive at both ends', () => {
      expect(isAgencyValidOn('SLDTBXH', '2017-06-30')).toBe(true);
      expect(isAgencyValidOn('SLDTBXH', '2025-02-28')).toBe(true);
      expect(isAgencyValidOn('SLDTBXH', '2025-03-01')).toBe(false);
      expect(isAgencyValidOn('SNNMT', '2025-02-28')).toBe(false);
      expect(isAgencyValidOn('HY-SNV', '2025-06-30')).toBe(false);
      expect(isAgencyValidOn('HY-SNV', '2025-07-01')).toBe(true);
      expect(isAgencyValidOn('NOPE', '2020-01-01')).toBe(false);
      expect(() => isAgencyValidOn('SNV', '2025-3-1')).toThrow(RangeError);
    });

    it('rolls a record up to the agency in force on a date', () => {
      expect(successorOn('SLDTBXH', '2024-12-31')?.code).toBe('SLDTBXH');
      expect(successorOn('SLDTBXH', '2025-06-01')?.code).toBe('SNV');
      expect(successorOn('SLDTBXH', '2026-01-01')?.code).toBe('HY-SNV');
      expect(successorOn('SVHTTDL', '2026-01-01')?.code).toBe('HY-SVHTTDL');
      expect(successorOn('STC', '2026-01-01')?.code).toBe('HY-STC');
      expect(successorOn('SKHDT', '2025-03-01')?.code).toBe('STC');
      expect(successorOn('STNMT', '2025-04-01')?.code).toBe('SNNMT');
      expect(successorOn('SNNPTNT', '2026-01-01')?.code).toBe('HY-SNNMT');
      expect(successorOn('STTTT', '2025-05-01')?.code).toBe('SKHCN');
      expect(successorOn('H-VUTHU', '2025-07-01')?.code).toBe('HY-UBND');
      expect(successorOn('SNNMT', '2020-01-01')).toBeUndefined();
      expect(successorOn('NOPE', '2020-01-01')).toBeUndefined();
    });

    it('rolls every Thái Bình body up to a Hưng Yên one after the merger', () => {
      for (const a of AGENCIES) expect(successorOn(a.code, '2026-01-01')?.province).toBe('hung-yen');
    });

    it('labels in both languages and falls back to the code', () => {
      expect(agencyLabel('SNV', 'vi')).toBe('Sở Nội vụ');
      expect(agencyLabel('SNV', 'en')).toBe('Department of Home Affairs');
      expect(agencyLabel('SNGV', 'en')).toBe('Department of Foreign Affairs');
      expect(agencyLabel('H-DONGHUNG', 'vi')).toBe('Ủy ban nhân dân huyện Đông Hưng');
      expect(agencyLabel('NOPE', 'en')).toBe('NOPE');
    });
  });

  describe('districts', () => {
    it('has the 8 district-level units, each also an agency, ending with the district level', () => {
      expect(DISTRICTS).toHaveLength(8);
      expect(DISTRICT_CODES).toHaveLength(8);
      expect(DISTRICTS.filter((d) => d.kind === 'city').map((d) => d.code)).toEqual(['TP-THAIBINH']);
      expect(sorted(DISTRICTS.map((d) => d.nameVi.replace(/^(Thành phố|Huyện) /, '')))).toEqual(
        sorted([
          'Thái Bình',
          'Đông Hưng',
          'Hưng Hà',
          'Kiến Xương',
          'Quỳnh Phụ',
          'Thái Thụy',
          'Tiền Hải',
          'Vũ Thư',
        ]),
      );
      for (const d of DISTRICTS) {
        expect(d.validTo).toBe('2025-06-30');
        expect(byCode(d.code)).toMatchObject({ kind: 'district', validTo: '2025-06-30' });
      }
      expect(AGENCIES.filter((a) => a.kind === 'district')).toHaveLength(8);
    });
  });

  describe('plan areas', () => {
    it('has the 12 areas of section III in order', () => {
      expect(PLAN_AREAS).toHaveLength(12);
      expect(PLAN_AREA_CODES).toEqual(PLAN_AREAS.map((_, i) => `III.${i + 1}`));
      PLAN_AREAS.forEach((a, i) => expect(a.number).toBe(i + 1));
    });

    it('gives area 8 to Home Affairs and areas 9 and 10 to Foreign Affairs', () => {
      expect(findPlanArea('III.8')?.leadAgencyCodes).toEqual(['SNV']);
      expect(findPlanArea('III.9')?.leadAgencyCodes).toEqual(['SNGV']);
      expect(findPlanArea('III.10')?.leadAgencyCodes).toEqual(['SNGV']);
      expect(findPlanArea('III.5')?.leadAgencyCodes).toEqual(['SVHTTDL']);
    });

    it('references only agencies that existed when the plan was issued, none twice in one area', () => {
      for (const area of PLAN_AREAS) {
        const codes = [...area.leadAgencyCodes, ...area.coordinatingAgencyCodes];
        expect(area.leadAgencyCodes.length).toBeGreaterThan(0);
        expect(new Set(codes).size).toBe(codes.length);
        for (const code of codes) {
          expect(findAgency(code)).toBeDefined();
          expect(isAgencyValidOn(code, PLAN_DATE)).toBe(true);
        }
      }
    });
  });

  describe('countries', () => {
    it('uses unique ISO 3166-1 alpha-2 codes', () => {
      expect(new Set(COUNTRY_CODES).size).toBe(COUNTRIES.length);
      for (const c of COUNTRY_CODES) expect(c).toMatch(/^[A-Z]{2}$/);
    });

    it('counts 10 ASEAN members before 26 October 2025 and 11 from then', () => {
      expect(aseanMembersOn(PLAN_DATE)).toHaveLength(10);
      expect(aseanMembersOn('2025-10-25')).toHaveLength(10);
      expect(aseanMembersOn('2025-10-26')).toHaveLength(11);
      expect(isAseanMember('TL', '2025-10-25')).toBe(false);
      expect(isAseanMember('TL', '2025-10-26')).toBe(true);
      expect(isAseanMember('VN', '1995-07-27')).toBe(false);
      expect(isAseanMember('VN', PLAN_DATE)).toBe(true);
      expect(isAseanMember('JP', '2030-01-01')).toBe(false);
      expect(countryLabel('KH', 'vi')).toBe('Cam-pu-chia');
    });
  });

  describe('phases', () => {
    it('splits 2017–2025 into two phases with a mid-term and a final review', () => {
      expect(PHASES.map((p) => [p.fromYear, p.toYear, p.review.kind, p.review.year])).toEqual([
        [2017, 2020, 'mid-term', 2020],
        [2021, 2025, 'final', 2025],
      ]);
      expect(phaseOfYear(2016)).toBeUndefined();
      expect(phaseOfYear(2017)?.code).toBe('P1');
      expect(phaseOfYear(2020)?.code).toBe('P1');
      expect(phaseOfYear(2021)?.code).toBe('P2');
      expect(phaseOfYear(2025)?.code).toBe('P2');
      expect(phaseOfYear(2026)).toBeUndefined();
    });
  });

  describe('funding sources', () => {
    it('has the 5 sources with unique codes', () => {
      expect(FUNDING_SOURCES).toHaveLength(5);
      expect(new Set(FUNDING_SOURCE_CODES).size).toBe(5);
    });
  });

  describe('against the plan text (libs/catalog/reference)', () => {
    const text = squash(planText);
    const textLower = text.toLocaleLowerCase('vi');
    const between = (from: string, to: string) => {
      const start = text.indexOf(from);
      const end = text.indexOf(to, start);
      if (start < 0 || end < 0) throw new Error(`section '${from}' … '${to}' not found in the plan text`);
      return text.slice(start, end);
    };
    // Functions, not constants: a skipped describe still runs its body, where there is no text to cut.
    const sectionIII = () => between('III. NỘI DUNG THỰC HIỆN', 'IV. GIẢI PHÁP TỔ CHỨC THỰC HIỆN');
    const sectionIV = () => between('IV. GIẢI PHÁP TỔ CHỨC THỰC HIỆN', 'V. PHẠM VI VÀ THỜI GIAN THỰC HIỆN');

    const namesOf = (a: Agency) => [a.nameVi, ...(a.aliasesVi ?? [])].map(lower);
    // The bodies the plan itself could name; 'UBND tỉnh' is left out because it is also part of
    // 'Văn phòng UBND tỉnh' and the People's Committee is never a lead or coordinating unit.
    const planEraBodies = AGENCIES.filter(
      (a) => a.kind !== 'district' && a.code !== 'UBND' && isAgencyValidOn(a.code, PLAN_DATE),
    );
    /** Codes of the bodies a clause names, in the order they first appear. */
    const namedIn = (clause: string): string[] => {
      const found = planEraBodies
        .map((a) => ({
          code: a.code,
          at: Math.min(
            ...namesOf(a)
              .map((n) => clause.indexOf(n))
              .filter((i) => i >= 0),
          ),
        }))
        .filter((f) => Number.isFinite(f.at))
        .sort((x, y) => x.at - y.at)
        .map((f) => f.code);
      const namesDistricts = /ubnd (các )?huyện, thành phố/.test(clause);
      return namesDistricts ? [...found, ...DISTRICT_CODES] : found;
    };
    const areaBlock = (area: PlanArea): string => {
      const section = sectionIII();
      const start = section.indexOf(`${area.number}. ${area.titleVi}`);
      const next = PLAN_AREAS[area.number];
      const end = next ? section.indexOf(`${next.number}. ${next.titleVi}`) : section.length;
      if (start < 0 || end < 0)
        throw new Error(`heading of ${area.code} or the next one not found in section III`);
      return section.slice(start, end).toLocaleLowerCase('vi');
    };

    it('has every area heading, numbered as in section III', () => {
      for (const area of PLAN_AREAS) expect(sectionIII()).toContain(`${area.number}. ${area.titleVi}`);
    });

    it.each(PLAN_AREAS.map((a) => [a.code, a] as const))(
      '%s: lead and coordinating units as the text assigns them',
      (_, area) => {
        const block = areaBlock(area);
        const lead = sorted(area.leadAgencyCodes);
        const coordinating = sorted(area.coordinatingAgencyCodes);
        if (area.assignment === 'lead') {
          const leadClause = /đơn vị chủ trì:(.*?)\s[a-zđ]\)\s/.exec(block)?.[1];
          const coordinatingClause = /đơn vị phối hợp:(.*)$/.exec(block)?.[1];
          expect(leadClause).toBeDefined();
          expect(coordinatingClause).toBeDefined();
          expect(sorted(namedIn(leadClause ?? ''))).toEqual(lead);
          expect(sorted(namedIn(coordinatingClause ?? ''))).toEqual(coordinating);
          expect(area.alsoUnnamedRelatedBodies).toBe((coordinatingClause ?? '').includes('có liên quan'));
        } else if (area.assignment === 'performing-units') {
          const clause = /đơn vị thực hiện:(.*)$/.exec(block)?.[1] ?? '';
          const named = namedIn(clause);
          expect(named[0]).toBe(area.leadAgencyCodes[0]);
          expect(sorted(named)).toEqual(sorted([...lead, ...coordinating]));
          expect(area.alsoUnnamedRelatedBodies).toBe(clause.includes('có liên quan'));
        } else {
          expect(block).not.toContain('đơn vị chủ trì');
          expect(block).not.toContain('đơn vị thực hiện');
          expect(sorted(namedIn(lower(area.titleVi)))).toEqual(lead);
          expect(coordinating).toEqual([]);
          expect(area.alsoUnnamedRelatedBodies).toBe(lower(area.titleVi).includes('các tổ chức đoàn thể'));
        }
      },
    );

    it('names every plan-era body by the spelling the plan uses', () => {
      for (const a of AGENCIES.filter((x) => x.kind !== 'district' && isAgencyValidOn(x.code, PLAN_DATE))) {
        expect({ code: a.code, named: namesOf(a).some((n) => textLower.includes(n)) }).toEqual({
          code: a.code,
          named: true,
        });
      }
    });

    it('knows every department (Sở) the plan names', () => {
      let rest = text;
      const names = planEraBodies
        .flatMap((a) => [a.nameVi, ...(a.aliasesVi ?? [])])
        .sort((x, y) => y.length - x.length);
      for (const name of names) {
        rest = rest.replace(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), '#');
      }
      const unknown = [...rest.matchAll(/(?<!\p{L})Sở \p{Lu}[\p{L} ,-]{0,40}/gu)].map((m) => m[0]);
      expect(unknown).toEqual([]);
    });

    it('has every solution of section IV, numbered as in the text', () => {
      expect(SOLUTIONS).toHaveLength(8);
      for (const s of SOLUTIONS) expect(sectionIV()).toContain(`${s.number}. ${s.titleVi}`);
      expect(sectionIV()).not.toContain(' 9. ');
    });

    it('quotes every funding source from the text', () => {
      for (const f of FUNDING_SOURCES) expect(textLower).toContain(lower(f.textVi));
    });

    it('matches the phases, review years and report date of sections V and VII', () => {
      const phases = [...text.matchAll(/Giai đoạn (\d): \(Từ năm (\d{4})-(\d{4})\)/g)].map((m) =>
        m.slice(1).map(Number),
      );
      expect(phases).toEqual(PHASES.map((p) => [p.number, p.fromYear, p.toYear]));
      const reviews = /đánh giá giữa kỳ vào năm (\d{4}) và đánh giá cuối kỳ vào năm (\d{4})/.exec(text);
      expect(reviews?.slice(1).map(Number)).toEqual(PHASES.map((p) => p.review.year));
      const due = /trước ngày (\d{1,2})\/(\d{1,2}) hàng năm báo cáo/.exec(text);
      expect(annualReportDueDate(2020)).toBe(
        `2020-${due?.[2]?.padStart(2, '0')}-${due?.[1]?.padStart(2, '0')}`,
      );
      expect(text).toContain(`Số: ${PLAN.number}`);
    });
  });
});
