import { z } from 'zod';
import {
  AID_SUBJECTS,
  BUDGET_SUBJECTS,
  CULTURE_SUBJECTS,
  CreateBudgetEstimateSchema,
  CreateTrainingCourseSchema,
  DEPARTMENT_ROUTES,
  FileUploadSchema,
  GATEWAY_ROUTES,
  MAX_BUDGET_LINES,
  MAX_JSON_BODY_BYTES,
  MAX_LONG_FORM_BODY_BYTES,
  MAX_UPLOAD_BODY_BYTES,
  ReviewBudgetEstimateSchema,
  HEALTH_SUBJECTS,
  ListTrainingCoursesSchema,
  REPORTING_SUBJECTS,
  TRAINING_SUBJECTS,
  fieldErrorsFromZod,
  routePath,
} from '../index';

const validCourse = {
  code: 'TC-1',
  titleVi: 'Khóa học',
  titleEn: 'Course',
  topic: 'it',
  targetLevel: 'commune',
  agencyCode: 'SNV',
  startDate: '2024-01-10',
  endDate: '2024-01-12',
  capacity: 30,
  costEstimate: 1_000_000,
};

/** The field errors of a parse that must fail. */
function errorsOf(result: { success: boolean; error?: z.ZodError }) {
  if (result.success || !result.error) throw new Error('expected the parse to fail');
  return fieldErrorsFromZod(result.error);
}

describe('contracts', () => {
  it('names every subject <domain>.<entity>.<verb> inside its own domain, with no subject used twice', () => {
    const maps = {
      training: TRAINING_SUBJECTS,
      aid: AID_SUBJECTS,
      culture: CULTURE_SUBJECTS,
      budget: BUDGET_SUBJECTS,
      reporting: REPORTING_SUBJECTS,
    };
    const all: string[] = [];
    for (const [domain, map] of Object.entries(maps)) {
      for (const subject of Object.values(map)) {
        expect(subject).toMatch(new RegExp(`^${domain}\\.[a-z]+\\.[a-z-]+$`));
        all.push(subject);
      }
    }
    expect(new Set(all).size).toBe(all.length);
    expect(Object.values(HEALTH_SUBJECTS).every((s) => all.includes(s))).toBe(true);
  });

  it('gives every route a unique operation id and method + path', () => {
    const ids = DEPARTMENT_ROUTES.map((r) => r.operationId);
    const keys = DEPARTMENT_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lets a body past 100 KB only on the upload routes (8 MB) and the long budget forms (2 MB)', () => {
    const carriesFile = (input: z.ZodType) =>
      'shape' in input &&
      Object.values((input as z.ZodObject).shape).some(
        (field) =>
          field === FileUploadSchema ||
          (field instanceof z.ZodOptional && field.unwrap() === FileUploadSchema),
      );
    const routes = [...DEPARTMENT_ROUTES, ...GATEWAY_ROUTES];
    const larger = (limit: number) =>
      routes.filter((r) => r.maxBodyBytes === limit).map((r) => r.operationId);
    expect(larger(MAX_UPLOAD_BODY_BYTES)).toEqual(
      routes.filter((r) => carriesFile(r.input)).map((r) => r.operationId),
    );
    expect(larger(MAX_UPLOAD_BODY_BYTES).sort()).toEqual([
      'createActionPlan',
      'importTrainees',
      'updateActionPlan',
      'uploadBudgetLineAttachment',
      'uploadCulturalEventAttachment',
    ]);
    expect(larger(MAX_LONG_FORM_BODY_BYTES).sort()).toEqual([
      'createBudgetEstimate',
      'reviewBudgetEstimate',
      'updateBudgetEstimate',
    ]);
    expect(routes.filter((r) => r.maxBodyBytes).length).toBe(8);
  });

  it('needs the long-form limit for the longest valid estimate and review, and that limit holds them', () => {
    const longest = (n: number) =>
      'Tiền ăn, nghỉ, đi lại của đoàn tiếp nhận hỗ trợ kỹ thuật '.repeat(40).slice(0, n);
    const estimate = CreateBudgetEstimateSchema.parse({
      agencyCode: 'SVHTTDL',
      fiscalYear: 2026,
      titleVi: longest(300),
      notes: longest(4000),
      lines: Array.from({ length: MAX_BUDGET_LINES }, () => ({
        description: longest(500),
        planArea: 'III.5',
        fundingSource: 'PROVINCIAL_BUDGET',
        quantity: 1_000_000,
        unitCost: 1_000_000_000,
        notes: longest(2000),
      })),
    });
    const review = ReviewBudgetEstimateSchema.parse({
      id: '00000000-0000-4000-8000-000000000000',
      version: 1,
      decision: 'return',
      comment: longest(2000),
      lines: Array.from({ length: MAX_BUDGET_LINES }, () => ({
        lineId: '00000000-0000-4000-8000-000000000000',
        comment: longest(2000),
        approvedAmount: 1_000_000_000,
      })),
    });
    for (const message of [estimate, review]) {
      const bytes = Buffer.byteLength(JSON.stringify(message));
      expect(bytes).toBeGreaterThan(MAX_JSON_BODY_BYTES);
      expect(bytes).toBeLessThan(MAX_LONG_FORM_BODY_BYTES);
    }
  });

  it('fills path parameters, encoded', () => {
    expect(routePath('/api/aid/ngos/:id', { id: 'a/b' })).toBe('/api/aid/ngos/a%2Fb');
    expect(() => routePath('/api/aid/ngos/:id', {})).toThrow('id');
  });

  it('accepts a valid course and defaults its plan area to III.8', () => {
    expect(CreateTrainingCourseSchema.parse(validCourse).planArea).toBe('III.8');
  });

  it('reports every invalid field at once, by path, including an end before the start', () => {
    const result = CreateTrainingCourseSchema.safeParse({
      ...validCourse,
      capacity: 0,
      endDate: '2024-01-01',
      agencyCode: 'NOPE',
    });
    expect(result.success).toBe(false);
    const fields = errorsOf(result);
    expect(fields.map((f) => f.path).sort()).toEqual(['agencyCode', 'capacity', 'endDate']);
    const dates = CreateTrainingCourseSchema.safeParse({
      ...validCourse,
      capacity: 0,
      endDate: '2024-01-01',
    });
    const dateFields = errorsOf(dates);
    expect(dateFields.find((f) => f.path === 'endDate')).toMatchObject({
      code: 'custom',
      params: { rule: 'endBeforeStart' },
    });
    expect(dateFields.find((f) => f.path === 'capacity')).toMatchObject({
      code: 'too_small',
      params: { minimum: 1 },
    });
  });

  it('rejects calendar dates that do not exist and money that is not whole đồng', () => {
    expect(CreateTrainingCourseSchema.safeParse({ ...validCourse, startDate: '2024-02-30' }).success).toBe(
      false,
    );
    const money = CreateBudgetEstimateSchema.safeParse({
      agencyCode: 'STC',
      fiscalYear: 2024,
      titleVi: 'Dự toán',
      lines: [
        {
          description: 'x',
          planArea: 'III.1',
          fundingSource: 'PROVINCIAL_BUDGET',
          quantity: 1,
          unitCost: 100.5,
        },
      ],
    });
    expect(errorsOf(money).map((f) => f.path)).toEqual(['lines.0.unitCost']);
  });

  it('coerces list query strings and bounds the page size', () => {
    expect(ListTrainingCoursesSchema.parse({ page: '2', pageSize: '50' })).toMatchObject({
      page: 2,
      pageSize: 50,
      sort: 'startDate',
      order: 'desc',
    });
    expect(ListTrainingCoursesSchema.safeParse({ pageSize: '1000' }).success).toBe(false);
    expect(ListTrainingCoursesSchema.safeParse({ sort: 'searchText' }).success).toBe(false);
  });
});
