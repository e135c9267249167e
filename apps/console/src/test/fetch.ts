/** The bits of `Response` the API client reads; jsdom has no fetch of its own. */
export function jsonResponse(status: number, body: unknown): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: '',
    json: async () => body,
  } as Response;
}

export type FetchMock = jest.Mock<Promise<Response>, [string, RequestInit?]>;

export function mockFetch(...responses: Response[]): FetchMock {
  const mock: FetchMock = jest.fn();
  for (const response of responses) mock.mockResolvedValueOnce(response);
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
}

/** Answers each request by what it asks for, for screens that make several kinds of request. */
export function routeFetch(
  answer: (url: string, init: RequestInit | undefined) => Response | Promise<Response>,
): FetchMock {
  const mock: FetchMock = jest.fn(async (url: string, init?: RequestInit) => answer(url, init));
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
}

/** The bearer token a request carried, if any. */
export function bearerOf(init: RequestInit | undefined): string | undefined {
  const value = (init?.headers as Record<string, string> | undefined)?.authorization;
  return value?.replace(/^Bearer /, '');
}

export const UNAUTHENTICATED = () =>
  jsonResponse(401, { code: 'UNAUTHENTICATED', status: 401, message: 'The access token has expired' });
