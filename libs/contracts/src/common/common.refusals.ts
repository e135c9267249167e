import type { ErrorCode } from './errors.schema';

/**
 * The error codes a refusal may answer with. A 409 is always a refusal: `ServiceError` builds one only
 * from a rule, so no service can answer a conflict the console cannot word.
 */
export type RefusalCode = Extract<
  ErrorCode,
  'CONFLICT' | 'FORBIDDEN' | 'VALIDATION_FAILED' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'PAYLOAD_TOO_LARGE'
>;

/** One refusal rule: the error code it answers and the names of the params its sentence needs. */
export interface RefusalSpec {
  readonly code: RefusalCode;
  readonly params: readonly string[];
}

/** A domain's refusals, checked for shape and kept literal (each rule's params typed by name). */
export const defineRefusals = <const T extends Record<string, RefusalSpec>>(rules: T): T => rules;

/** The refusals every service may answer, whatever its domain. */
export const COMMON_REFUSALS = defineRefusals({
  staleVersion: { code: 'CONFLICT', params: ['currentVersion'] },
  recordChanged: { code: 'CONFLICT', params: [] },
  recordExists: { code: 'CONFLICT', params: [] },
  /** A request body over the gateway's limit for its route (100 KB, or 8 MB on an upload route). */
  bodyTooLarge: { code: 'PAYLOAD_TOO_LARGE', params: ['maxKilobytes'] },
  /**
   * A list asked for another agency's records, or a record created in (or moved to) another agency, by a
   * role that reaches only its own agency's. (A stored record of another agency is answered as missing.)
   */
  ownAgencyOnly: { code: 'FORBIDDEN', params: ['agencyCode'] },
  /** A workflow guard's override asked for by a role that may not override (a viewer). */
  overrideNotPermitted: { code: 'FORBIDDEN', params: [] },
  /** Attachments of a record (a cultural event, a budget line) beyond the most it keeps. */
  attachmentsFull: { code: 'VALIDATION_FAILED', params: ['max'] },
});
