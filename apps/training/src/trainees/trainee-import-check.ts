import { type ImportRowReport, refusalField, ruleParams } from '@ascc/contracts';
import { type ParsedTrainee, parseTraineeRow } from './trainee-cells';
import type { ParsedRow } from './trainee-file';

export type ImportedTrainee = NonNullable<ParsedTrainee['trainee']>;

/**
 * Checks every row of an import file: its cells (as a trainee typed in), its staff code against the
 * registry's holders (`known`: code → name) and against the rows above it. Answers one report per row
 * and the trainees of the rows accepted.
 */
export function checkImportRows(
  parsed: readonly ParsedRow[],
  known: ReadonlyMap<string, string>,
): { rows: ImportRowReport[]; valid: ImportedTrainee[] } {
  const seen = new Map<string, number>();
  const valid: ImportedTrainee[] = [];
  const rows: ImportRowReport[] = parsed.map(({ row, values }) => {
    const { trainee, issues } = parseTraineeRow(values);
    const reasons: ImportRowReport['reasons'] = issues.map((i) => ({
      field: i.path,
      code: i.code,
      message: i.message,
      ...(i.params ? { params: i.params } : {}),
    }));
    const code = values.staffCode?.trim() ?? '';
    const holder = known.get(code);
    if (code && holder !== undefined) {
      const taken = refusalField(
        'staffCodeTaken',
        { staffCode: code, name: holder },
        `Staff code ${code} is already ${holder}'s`,
        { path: 'staffCode', code: 'duplicate' },
      );
      reasons.unshift({
        field: 'staffCode',
        code: taken.code,
        message: taken.message,
        params: taken.params,
      });
    }
    if (code && seen.has(code))
      reasons.unshift({
        field: 'staffCode',
        code: 'custom',
        message: `Same staff code as row ${seen.get(code)}`,
        params: ruleParams('importSameStaffCode', { row: seen.get(code) }),
      });
    if (code && !seen.has(code)) seen.set(code, row);
    if (trainee && !reasons.length) valid.push(trainee);
    return {
      row,
      staffCode: code || null,
      fullName: values.fullName?.trim() || null,
      accepted: reasons.length === 0,
      reasons,
    };
  });
  return { rows, valid };
}
