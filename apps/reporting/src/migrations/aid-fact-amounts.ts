import type { Migration } from '@mikro-orm/migrations';
import { splitAidAmount } from '../read-model/projections';

/** An aid fact row as it was before amounts: đồng × sector % × location %, as text. */
export interface WeightedRow {
  id: number;
  transactionId: string;
  sectorCode: string;
  districtCode: string;
  weighted: string;
}

/**
 * The whole-đồng amounts of one transaction's old rows (in the order they were inserted: sector by
 * sector, each over the locations), recovered from `weighted`: the đồng is Σ weighted ÷ 10 000, a
 * sector's percentage its rows' Σ ÷ (đồng × 100), a location's likewise; then split exactly as a
 * projection now does (`splitAidAmount`). Null when the rows do not hold an exact product (SQLite stored
 * a product past 2^63 as a float) or not a sector × location grid: those need a rebuild.
 */
export function recoverAidAmounts(rows: readonly WeightedRow[]): bigint[] | null {
  if (!rows.length) return [];
  if (!rows.every((r) => /^-?\d+$/.test(r.weighted))) return null;
  const w = rows.map((r) => BigInt(r.weighted));
  let locations = 1;
  while (locations < rows.length && rows[locations].sectorCode === rows[0].sectorCode) locations += 1;
  const sectors = rows.length / locations;
  if (!Number.isInteger(sectors)) return null;
  for (let i = 0; i < sectors; i += 1)
    for (let j = 0; j < locations; j += 1) {
      const row = rows[i * locations + j];
      if (row.sectorCode !== rows[i * locations].sectorCode || row.districtCode !== rows[j].districtCode)
        return null;
    }
  const total = w.reduce((a, b) => a + b, 0n);
  if (total % 10_000n !== 0n) return null;
  const dong = total / 10_000n;
  if (dong === 0n) return w.every((x) => x === 0n) ? w.map(() => 0n) : null;
  const at = (i: number, j: number) => w[i * locations + j];
  const percentages = (count: number, sum: (k: number) => bigint) =>
    Array.from({ length: count }, (_, k) => {
      const scaled = sum(k);
      return scaled % (dong * 100n) === 0n ? Number(scaled / (dong * 100n)) : Number.NaN;
    });
  const sectorPercentages = percentages(sectors, (i) =>
    Array.from({ length: locations }, (_, j) => at(i, j)).reduce((a, b) => a + b, 0n),
  );
  const locationPercentages = percentages(locations, (j) =>
    Array.from({ length: sectors }, (_, i) => at(i, j)).reduce((a, b) => a + b, 0n),
  );
  if ([...sectorPercentages, ...locationPercentages].some((p) => !Number.isSafeInteger(p) || p < 0))
    return null;
  for (let i = 0; i < sectors; i += 1)
    for (let j = 0; j < locations; j += 1)
      if (at(i, j) !== dong * BigInt(sectorPercentages[i]) * BigInt(locationPercentages[j])) return null;
  return splitAidAmount(dong, sectorPercentages, locationPercentages).flat();
}

/**
 * Rewrites every aid fact's `weighted` as its whole-đồng amount, in the migration's transaction, before
 * the column is renamed `amount`. A transaction whose rows cannot be recovered (see `recoverAidAmounts`)
 * loses its rows: `npm run reporting:rebuild` brings it back from the AID stream.
 */
export async function convertAidFacts(migration: Migration, table: string): Promise<void> {
  const found = (await migration.execute(
    `select id, transaction_id, sector_code, district_code, cast(weighted as text) as weighted from ${table} order by transaction_id, id`,
  )) as {
    id: number | string;
    transaction_id: string;
    sector_code: string;
    district_code: string;
    weighted: string;
  }[];
  const byTransaction = new Map<string, WeightedRow[]>();
  for (const r of found) {
    const list = byTransaction.get(r.transaction_id) ?? [];
    list.push({
      id: Number(r.id),
      transactionId: r.transaction_id,
      sectorCode: r.sector_code,
      districtCode: r.district_code,
      weighted: String(r.weighted),
    });
    byTransaction.set(r.transaction_id, list);
  }
  const updates: [number, bigint][] = [];
  const lost: number[] = [];
  for (const rows of byTransaction.values()) {
    const amounts = recoverAidAmounts(rows);
    if (amounts) rows.forEach((r, k) => updates.push([r.id, amounts[k]]));
    else lost.push(...rows.map((r) => r.id));
  }
  // Integers computed here, written as literals, 500 rows a statement.
  for (let k = 0; k < updates.length; k += 500) {
    const batch = updates.slice(k, k + 500);
    await migration.execute(
      `update ${table} set weighted = case id ${batch.map(([id, a]) => `when ${id} then ${a}`).join(' ')} end where id in (${batch.map(([id]) => id).join(', ')})`,
    );
  }
  for (let k = 0; k < lost.length; k += 500)
    await migration.execute(`delete from ${table} where id in (${lost.slice(k, k + 500).join(', ')})`);
}
