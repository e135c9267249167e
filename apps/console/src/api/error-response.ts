import { ServiceErrorBodySchema } from '@ascc/contracts';
import { ApiError, type ApiErrorCode } from './api-error';

/** The gateway always answers errors in the shared model; anything else (a proxy's HTML page) is mapped by status. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  const body = ServiceErrorBodySchema.safeParse(json);
  if (body.success) return new ApiError({ ...body.data, status: response.status });
  return new ApiError({
    code: codeForStatus(response.status),
    status: response.status,
    message: response.statusText || `HTTP ${response.status}`,
  });
}

export function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return 'VALIDATION_FAILED';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL';
}
