import { z } from 'zod';

/**
 * One error model for the whole system. A service raises one of these codes; it crosses NATS as
 * `ServiceErrorBody` and the gateway answers with its HTTP status. Codes are stable API: the console
 * translates them.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  /** A request body over the gateway's limit for its route (`MAX_JSON_BODY_BYTES` or `MAX_UPLOAD_BODY_BYTES`). */
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const FieldErrorSchema = z.object({
  /** Dotted path of the offending field, e.g. `endDate` or `lines.2.amount`. */
  path: z.string(),
  /** zod issue code (`too_small`, `invalid_type`, `custom`…) so a client can word it in its language. */
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.unknown()).optional(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ServiceErrorBodySchema = z.object({
  code: z.enum(ERROR_CODES),
  status: z.number().int(),
  message: z.string(),
  fields: z.array(FieldErrorSchema).optional(),
  correlationId: z.string().optional(),
});
export type ServiceErrorBody = z.infer<typeof ServiceErrorBodySchema>;

/** Turns zod issues into field errors named by their dotted path. */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const { code, message, path, ...rest } = issue as z.core.$ZodIssue & Record<string, unknown>;
    const params: Record<string, unknown> = {};
    for (const key of [
      'minimum',
      'maximum',
      'expected',
      'format',
      'values',
      'origin',
      'inclusive',
      'divisor',
    ] as const) {
      if (key in rest && rest[key] !== undefined)
        params[key] = typeof rest[key] === 'bigint' ? Number(rest[key]) : rest[key];
    }
    const custom = (issue as { params?: Record<string, unknown> }).params;
    if (custom) Object.assign(params, custom);
    return {
      path: path.map(String).join('.'),
      code,
      message,
      ...(Object.keys(params).length ? { params } : {}),
    };
  });
}
