import { RpcException } from '@nestjs/microservices';
import {
  ERROR_STATUS,
  type ErrorCode,
  type FieldError,
  type GuardRefusal,
  type RefusalAt,
  type RefusalParams,
  type RefusalRule,
  type ServiceErrorBody,
  refusalCode,
  refusalField,
} from '@ascc/contracts';

/**
 * The codes a `ServiceError` may be built with directly. A 409 is only ever a refusal by a rule
 * (`ServiceError.refuse`, `refuseAll`, `staleVersion`) or a workflow guard's (`guarded`), whose code
 * comes from the rule: `new ServiceError('CONFLICT', …)` does not compile, so every conflict a user
 * meets names its rule and the console says why in their language.
 */
export type PlainErrorCode = Exclude<ErrorCode, 'CONFLICT'>;

declare const byRule: unique symbol;
/** Any code, as only this class's refusal builders give it (the brand exists in types alone). */
type RuledCode = ErrorCode & { readonly [byRule]: true };

/** A failure a caller should see: a stable code, its HTTP status and a safe message. */
export class ServiceError extends RpcException {
  readonly body: ServiceErrorBody;

  constructor(code: PlainErrorCode | RuledCode, message: string, fields?: FieldError[]) {
    const known: ErrorCode = code;
    const body: ServiceErrorBody = {
      code: known,
      status: ERROR_STATUS[known],
      message,
      ...(fields ? { fields } : {}),
    };
    super(body);
    this.body = body;
  }

  /** The one way to any code, a refusal's: only the static builders below reach it. */
  private static coded(code: ErrorCode, message: string, fields: FieldError[]) {
    return new ServiceError(code as RuledCode, message, fields);
  }

  static notFound(entity: string, id: string) {
    return new ServiceError('NOT_FOUND', `${entity} ${id} was not found`);
  }

  /**
   * A request refused by one of the rules of `REFUSAL_RULES` (with the error code the rule names), with
   * the params its sentence needs — who is already enrolled, which year is locked — so the console
   * says why in the reader's language. `at` places it on a form's field; without it, it concerns the
   * record as a whole.
   */
  static refuse<R extends RefusalRule>(
    rule: R,
    params: RefusalParams<R>,
    message: string,
    options: { at?: RefusalAt; extra?: Record<string, unknown> } = {},
  ) {
    return ServiceError.coded(refusalCode(rule), message, [
      refusalField(rule, params, message, options.at, options.extra),
    ]);
  }

  /** Several refusals by one rule at once (each trainee already on a course), one field error each. */
  static refuseAll<R extends RefusalRule>(
    rule: R,
    items: { params: RefusalParams<R>; message: string; at: RefusalAt }[],
    message: string,
  ) {
    return ServiceError.coded(
      refusalCode(rule),
      message,
      items.map((item) => refusalField(rule, item.params, item.message, item.at)),
    );
  }

  /**
   * The 409 of an edit made on a version someone else has since replaced (optimistic locking). The
   * `version` field names the version the record has now, with whatever else the console needs to show
   * it (`extra`: the current record, its status); never a lost update.
   */
  static staleVersion(label: string, currentVersion: number, extra: Record<string, unknown> = {}) {
    return ServiceError.refuse(
      'staleVersion',
      { currentVersion },
      `${label} was changed by someone else (now version ${currentVersion}); reload and try again`,
      { at: { path: 'version', code: 'stale' }, extra },
    );
  }

  /**
   * The 409 of workflow guards that refused (a course started before its date): each field names its
   * guard's rule (`params.rule`, worded by the console) and whether it may be overridden.
   */
  static guarded(refused: readonly GuardRefusal[]) {
    return ServiceError.coded(
      'CONFLICT',
      refused.map((r) => r.field.message).join('; '),
      refused.map((r) => ({ ...r.field, params: { ...r.field.params, overridable: r.overridable } })),
    );
  }
}
