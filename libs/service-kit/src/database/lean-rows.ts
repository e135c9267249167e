import type { EntityManager, EntityName, EntityProperty, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ReferenceKind } from '@mikro-orm/core';
import { type Leaf, shapedRows } from './shaped-sql';

/** An entity's stored scalar fields as a plain object: what a read-only path maps to its DTO. */
export type Row<T> = {
  readonly [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K];
};

interface Columns {
  fields: string[];
  converted: EntityProperty[];
}

const columnsOf = new WeakMap<object, Columns>();

/**
 * The columns a lean read selects (every stored scalar but the lazy ones, such as `searchText`) and the
 * properties whose values need their type's conversion (JSON, bigint…; dates and booleans are converted
 * by MikroORM's result mapper). Entities with relations are refused: their rows would not hold them.
 */
function columns(em: EntityManager, entity: EntityName<object>): Columns {
  const meta = em.getMetadata().get(typeof entity === 'string' ? entity : entity.name);
  const known = columnsOf.get(meta);
  if (known) return known;
  const props = meta.props.filter((p) => p.persist !== false && !p.lazy && p.fieldNames?.length);
  if (props.some((p) => p.kind !== ReferenceKind.SCALAR)) {
    throw new Error(`${meta.className} has relations: read it with em.find, not as lean rows`);
  }
  const made = {
    fields: props.map((p) => p.name),
    converted: props.filter((p) => p.customType && p.runtimeType !== 'Date'),
  };
  columnsOf.set(meta, made);
  return made;
}

/**
 * Rows of an entity without making entities: one query, its results mapped to property names and
 * converted as hydration would, but no identity map, change tracking or property accessors — which, for
 * a page of records only turned into DTOs, cost more than the query itself. For read-only paths only.
 */
export async function findRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>; limit?: number; offset?: number } = {},
): Promise<Row<T>[]> {
  const { fields, converted } = columns(em, entity as EntityName<object>);
  const meta = em.getMetadata().get(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const driver = (em as SqlEntityManager).getDriver();
  const makeQuery = () => {
    const qb = (em as SqlEntityManager)
      .createQueryBuilder(entity)
      .select(fields as never)
      .where(where);
    if (options.orderBy) qb.orderBy(options.orderBy);
    if (options.limit !== undefined) qb.limit(options.limit);
    if (options.offset) qb.offset(options.offset);
    return qb;
  };
  // The page's bounds are bound values too (none for an offset of 0); the order is part of the shape.
  const bounds: Leaf[] = [
    ...(options.limit !== undefined ? [options.limit] : []),
    ...(options.offset ? [options.offset] : []),
  ];
  const raw = await shapedRows<Record<string, unknown>>(
    em,
    meta,
    `rows ${JSON.stringify(options.orderBy ?? null)}`,
    where,
    bounds,
    () => {
      const qb = makeQuery();
      // The ordinary way, unmapped: its rows are mapped below, as the kept SQL's are.
      return { knex: qb.getKnexQuery(), run: () => qb.execute<Record<string, unknown>[]>('all', false) };
    },
  );
  // Column names to property names, dates and booleans converted: what `qb.execute('all', true)` does.
  const rows = raw.map((row) => driver.mapResult(row, meta) as Record<string, unknown>);
  const platform = em.getPlatform();
  for (const row of rows) {
    for (const prop of converted) {
      if (row[prop.name] != null && prop.customType) {
        row[prop.name] = prop.customType.convertToJSValue(row[prop.name], platform);
      }
    }
  }
  return rows as Row<T>[];
}
