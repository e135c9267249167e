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
