// Type-only imports keep zod and the contracts out of the first-load bundle, which needs this class.
import type { ErrorCode, FieldError } from '@ascc/contracts';

/** The server's error codes plus the two failures only a client sees. */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE';

/** Every failure of `callRoute`, shaped like the server's error model so screens handle one thing. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** HTTP status; 0 when no answer arrived. */
  readonly status: number;
  readonly fields: FieldError[];
  readonly correlationId?: string;

  constructor(init: {
    code: ApiErrorCode;
    status: number;
    message: string;
    fields?: FieldError[];
    correlationId?: string;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields ?? [];
    this.correlationId = init.correlationId;
  }

  /** Worth retrying: the request may succeed later without any change by the user. */
  get transient(): boolean {
    return this.code === 'NETWORK' || this.code === 'SERVICE_UNAVAILABLE' || this.status >= 500;
  }
}
