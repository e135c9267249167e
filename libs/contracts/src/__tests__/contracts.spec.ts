import type { z } from 'zod';
import {
  AID_SUBJECTS,
  BUDGET_SUBJECTS,
  CULTURE_SUBJECTS,
  CreateBudgetEstimateSchema,
  CreateTrainingCourseSchema,
  DEPARTMENT_ROUTES,
  FileUploadSchema,
  GATEWAY_ROUTES,
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

  it('marks as upload exactly the routes whose message carries a file, so only they get the large body limit', () => {
    const carriesFile = (input: z.ZodType) =>
      'shape' in input && Object.values((input as z.ZodObject).shape).includes(FileUploadSchema);
    const routes = [...DEPARTMENT_ROUTES, ...GATEWAY_ROUTES];
    expect(routes.filter((r) => r.upload).map((r) => r.operationId)).toEqual(
      routes.filter((r) => carriesFile(r.input)).map((r) => r.operationId),
    );
    expect(
      routes
        .filter((r) => r.upload)
        .map((r) => r.operationId)
        .sort(),
    ).toEqual(['importTrainees', 'uploadBudgetLineAttachment', 'uploadCulturalEventAttachment']);
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
