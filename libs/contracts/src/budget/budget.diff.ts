import type { BudgetLineDiff } from './budget.schema';

/** A line as a version froze it (the fields the difference compares). */
export interface VersionLine {
  id: string;
  description: string;
  planArea: string;
  fundingSource: string;
  quantity: number;
  unitCost: number;
  amount: number;
  activity?: { kind: string; id: string };
  chapter?: string;
  section?: string;
  item?: string;
  notes?: string;
}

const COMPARED: (keyof VersionLine)[] = [
  'description',
  'planArea',
  'fundingSource',
  'quantity',
  'unitCost',
  'amount',
  'activity',
  'chapter',
  'section',
  'item',
  'notes',
];

const costs = (l: VersionLine) => ({ quantity: l.quantity, unitCost: l.unitCost, amount: l.amount });

/** What changed, line by line, from one version to the next (lines keep their id across versions). */
export function diffBudgetVersions(
  before: readonly VersionLine[],
  after: readonly VersionLine[],
): BudgetLineDiff[] {
  const old = new Map(before.map((l) => [l.id, l]));
  const diff: BudgetLineDiff[] = after.map((line) => {
    const previous = old.get(line.id);
    if (!previous)
      return {
        lineId: line.id,
        change: 'added',
        description: line.description,
        before: null,
        after: costs(line),
        fields: [],
      };
    const fields = COMPARED.filter(
      (f) => JSON.stringify(previous[f] ?? null) !== JSON.stringify(line[f] ?? null),
    );
    return {
      lineId: line.id,
      change: fields.length ? 'changed' : 'unchanged',
      description: line.description,
      before: costs(previous),
      after: costs(line),
      fields,
    };
  });
  const kept = new Set(after.map((l) => l.id));
  for (const line of before)
    if (!kept.has(line.id))
      diff.push({
        lineId: line.id,
        change: 'removed',
        description: line.description,
        before: costs(line),
        after: null,
        fields: [],
      });
  return diff;
}
