import { EntitySchema, MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { QueryBuilder, type SqlEntityManager } from '@mikro-orm/knex';
import { findRows } from '../lean-rows';
import { paginateRows } from '../paginate';
import { bindingPositions, shapeOf } from '../shaped-sql';

interface Course {
  id: string;
  agencyCode: string;
  title: string;
  capacity: number;
  open: boolean;
  startsOn: Date;
}

const CourseSchema = new EntitySchema<Course>({
  name: 'ShapedCourse',
  tableName: 'shaped_course',
  properties: {
    id: { type: 'string', primary: true },
    agencyCode: { type: 'string' },
    title: { type: 'string' },
    capacity: { type: 'integer' },
    open: { type: 'boolean' },
    startsOn: { type: 'Date' },
  },
});

describe('shaped SQL', () => {
  describe(shapeOf.name, () => {
    it('keys a filter by its keys, operators, array lengths and nulls, and collects its values', () => {
      const leaves: (string | number)[] = [];
      expect(shapeOf({ a: 'x', b: { $in: [1, 2] }, c: null }, leaves)).toBe(
        '{"a":s,"b":{"$in":[n,n]},"c":N}',
      );
      expect(leaves).toEqual(['x', 1, 2]);
      expect(shapeOf({ a: 'y', b: { $in: [3] }, c: null }, [])).not.toBe(
        shapeOf({ a: 'x', b: { $in: [1, 2] }, c: null }, []),
      );
    });

    it('keeps no shape for values the ORM may convert or a sub-query', () => {
      expect(shapeOf({ open: true }, [])).toBeUndefined();
      expect(shapeOf({ startsOn: new Date() }, [])).toBeUndefined();
      expect(shapeOf({ id: { $in: { toSQL: () => 'select 1' } } }, [])).toBeUndefined();
      expect(shapeOf({ capacity: NaN }, [])).toBeUndefined();
    });
  });

  describe(bindingPositions.name, () => {
    it('maps each bound value to the one leaf holding it', () => {
      expect(bindingPositions(['b', 20, 'a'], ['a', 'b', 20])).toEqual([1, 2, 0]);
    });
    it('refuses a value the query added or converted, and cannot tell two equal values apart', () => {
      expect(bindingPositions(['a', 1], ['a'])).toBeNull();
      expect(bindingPositions(['A'], ['a'])).toBeNull();
      expect(bindingPositions([20, 20], [20, 20])).toBeUndefined();
    });
    it("takes the page's bounds as the last bound values, in order, even when a filter value equals one", () => {
      expect(bindingPositions(['a', 20, 20, 40], ['a', 20, 20, 40], 2)).toEqual([0, 1, 2, 3]);
      expect(bindingPositions(['a', 'a', 20], ['a', 'a', 20], 1)).toBeUndefined();
      expect(bindingPositions(['a', 5, 5], ['a', 5, 5], 2)).toEqual([0, 1, 2]);
      expect(bindingPositions(['a', 5, 10], ['a', 10, 5], 2)).toBeNull();
    });
  });

  describe('lists through kept SQL', () => {
    let orm: MikroORM;
    beforeAll(async () => {
      orm = await MikroORM.init({
        driver: BetterSqliteDriver,
        dbName: ':memory:',
        entities: [CourseSchema],
        allowGlobalContext: true,
      });
      await orm.schema.createSchema();
      const em = orm.em.fork();
      for (let i = 0; i < 30; i++) {
        em.create(CourseSchema, {
          id: `c-${String(i).padStart(2, '0')}`,
          agencyCode: i % 3 === 0 ? 'SNV' : 'STC',
          title: `Khóa ${i}`,
          capacity: i,
          open: i % 2 === 0,
          startsOn: new Date(Date.UTC(2026, 0, 1 + i)),
        });
      }
      await em.flush();
    });
    afterAll(() => orm.close());

    const page = (n: number, agencyCode: string) =>
      paginateRows(
        orm.em.fork(),
        CourseSchema,
        { agencyCode },
        {
          page: n,
          pageSize: 4,
          sort: 'capacity' as const,
          order: 'desc' as const,
        },
      );

    it('answers each request of a shape with its own values, rows mapped and converted as before', async () => {
      const first = await page(1, 'SNV');
      // A kept shape binds its values to the SQL built before: no query is built again.
      const ordinary = jest.spyOn(QueryBuilder.prototype, 'getKnexQuery');
      const other = await page(1, 'STC');
      expect(ordinary).not.toHaveBeenCalled();
      // An offset (here equal to the limit): a new shape for the rows, the same count.
      const second = await page(2, 'SNV');
      const built = ordinary.mock.calls.length;
      expect(built).toBeGreaterThan(0);
      await page(3, 'STC');
      expect(ordinary).toHaveBeenCalledTimes(built);
      ordinary.mockRestore();
      expect(first.items.map((c) => c.capacity)).toEqual([27, 24, 21, 18]);
      expect(first.total).toBe(10);
      expect(second.items.map((c) => c.capacity)).toEqual([15, 12, 9, 6]);
      expect(other.items.map((c) => c.capacity)).toEqual([29, 28, 26, 25]);
      expect(other.total).toBe(20);
      expect(second.items[0]).toEqual({
        id: 'c-15',
        agencyCode: 'SNV',
        title: 'Khóa 15',
        capacity: 15,
        open: false,
        startsOn: new Date(Date.UTC(2026, 0, 16)),
      });
    });

    it('runs the ordinary way the shapes it cannot keep, with the same answers', async () => {
      const open = await findRows(
        orm.em.fork(),
        CourseSchema,
        { open: true, agencyCode: 'SNV' },
        { limit: 50 },
      );
      expect(open.map((c) => c.capacity).sort((a, b) => a - b)).toEqual([0, 6, 12, 18, 24]);
      const same = await findRows(
        orm.em.fork(),
        CourseSchema,
        { capacity: 20, agencyCode: 'STC' },
        { limit: 20 },
      );
      expect(same.map((c) => c.id)).toEqual(['c-20']);
      const again = await findRows(
        orm.em.fork(),
        CourseSchema,
        { capacity: 7, agencyCode: 'STC' },
        { limit: 20 },
      );
      expect(again.map((c) => c.id)).toEqual(['c-07']);
    });

    it("sees the rows of the entity manager's transaction", async () => {
      await page(1, 'SNV');
      await orm.em
        .fork()
        .transactional(async (em) => {
          await (em as SqlEntityManager)
            .getConnection()
            .execute(
              "insert into shaped_course (id, agency_code, title, capacity, open, starts_on) values ('c-99', 'SNV', 'x', 99, 1, 0)",
              [],
              'run',
              em.getTransactionContext(),
            );
          const inside = await paginateRows(
            em,
            CourseSchema,
            { agencyCode: 'SNV' },
            {
              page: 1,
              pageSize: 4,
              sort: 'capacity' as const,
              order: 'desc' as const,
            },
          );
          expect(inside.items[0].id).toBe('c-99');
          expect(inside.total).toBe(11);
          throw new Error('roll back');
        })
        .catch((e: Error) => expect(e.message).toBe('roll back'));
      expect((await page(1, 'SNV')).total).toBe(10);
    });
  });
});
