import type { ValidationRule } from '@ascc/contracts';

/** A file that cannot be read as an import: `rule` and `params` word it in the console. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly rule: ValidationRule,
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The problem as the report's field error (the file as a whole: no column). */
  get issue() {
    return {
      path: 'file',
      code: 'custom',
      message: this.message,
      params: { ...this.params, rule: this.rule },
    };
  }
}
