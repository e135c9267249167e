import { TRAINING_ROUTES } from '@ascc/contracts';
import { jsonResponse, mockFetch } from '../../test/fetch';
import { ApiError } from '../api-error';
import { callRoute } from '../client';
import { toQueryString } from '../http-route';

const course = {
  id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
  version: 1,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
  code: 'NV-2026-01',
  titleVi: 'Bồi dưỡng hội nhập quốc tế',
  titleEn: 'International integration',
  topic: 'international-integration',
  targetLevel: 'commune',
  planArea: 'III.8',
  agencyCode: 'SNV',
  startDate: '2026-05-10',
  endDate: '2026-05-12',
  capacity: 60,
  costEstimate: 120_000_000,
  status: 'planned',
} as const;

const newCourse = {
  code: course.code,
  titleVi: course.titleVi,
  titleEn: course.titleEn,
  topic: course.topic,
  targetLevel: course.targetLevel,
  agencyCode: course.agencyCode,
  startDate: course.startDate,
  endDate: course.endDate,
  capacity: course.capacity,
  costEstimate: course.costEstimate,
};

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe(callRoute.name, () => {
  it('sends a GET with the message as query string, leaving empty values out', async () => {
    const fetch = mockFetch(
      jsonResponse(200, { items: [course], total: 1, totalCapped: false, page: 2, pageSize: 10 }),
    );
    const page = await callRoute(TRAINING_ROUTES.courseList, {
      page: 2,
      pageSize: 10,
      q: 'hội nhập',
      topic: undefined,
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/training/courses?page=2&pageSize=10&q=h%E1%BB%99i+nh%E1%BA%ADp');
    expect(init?.method).toBe('GET');
    expect(init?.body).toBeUndefined();
    expect(page.items[0].code).toBe('NV-2026-01');
  });

  it('puts path parameters in the path, not the query', async () => {
    const fetch = mockFetch(jsonResponse(200, course));
    await callRoute(TRAINING_ROUTES.courseGet, { id: course.id });
    expect(fetch.mock.calls[0][0]).toBe(`/api/training/courses/${course.id}`);
  });

  it('sends a create as a JSON body and returns the created record', async () => {
    const fetch = mockFetch(jsonResponse(201, course));
    const created = await callRoute(TRAINING_ROUTES.courseCreate, newCourse);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/training/courses');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual(newCourse);
    expect(created.id).toBe(course.id);
  });

  it("turns the server's error body into an ApiError with its fields and correlation id", async () => {
    mockFetch(
      jsonResponse(409, {
        code: 'CONFLICT',
        status: 409,
        message: 'A course with code NV-2026-01 already exists',
        fields: [{ path: 'code', code: 'duplicate', message: 'This code is already used' }],
        correlationId: 'c0ffee',
      }),
    );
    const error = await failure(callRoute(TRAINING_ROUTES.courseCreate, newCourse));
    expect(error.code).toBe('CONFLICT');
    expect(error.status).toBe(409);
    expect(error.fields).toEqual([{ path: 'code', code: 'duplicate', message: 'This code is already used' }]);
    expect(error.correlationId).toBe('c0ffee');
    expect(error.transient).toBe(false);
  });

  it('maps an answer that is not the error model (a proxy page) by its status', async () => {
    mockFetch({
      ok: false,
      status: 502,
      statusText: 'Bad Gateway',
      json: async () => JSON.parse('<html>'),
    } as Response);
    const error = await failure(callRoute(TRAINING_ROUTES.courseList, {}));
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.status).toBe(502);
    expect(error.fields).toEqual([]);
    expect(error.transient).toBe(true);
  });

  it('reports a request that never got an answer as NETWORK', async () => {
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await failure(callRoute(TRAINING_ROUTES.courseList, {}));
    expect(error.code).toBe('NETWORK');
    expect(error.status).toBe(0);
    expect(error.transient).toBe(true);
  });

  it('rejects a success whose body is not what the contract promises', async () => {
    mockFetch(
      jsonResponse(200, {
        items: [{ ...course, capacity: 'many' }],
        total: 1,
        totalCapped: false,
        page: 1,
        pageSize: 20,
      }),
    );
    const error = await failure(callRoute(TRAINING_ROUTES.courseList, {}));
    expect(error.code).toBe('BAD_RESPONSE');
  });

  it('lets an abort through as an abort, so a cancelled query is not shown as an outage', async () => {
    const controller = new AbortController();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    globalThis.fetch = jest.fn().mockImplementation(() => {
      controller.abort();
      return Promise.reject(abort);
    });
    await expect(callRoute(TRAINING_ROUTES.courseList, {}, { signal: controller.signal })).rejects.toBe(
      abort,
    );
  });
});

describe(toQueryString.name, () => {
  it('leaves out empty values so the server applies its defaults, and repeats arrays', () => {
    expect(
      toQueryString({ q: '', page: 1, status: null, topic: undefined, countryCodes: ['LA', 'TH'] }),
    ).toBe('page=1&countryCodes=LA&countryCodes=TH');
  });
});
