import fc from 'fast-check';
import type { z } from 'zod';
import {
  ALL_ROUTES,
  CreateTrainingCourseSchema,
  fieldErrorsFromZod,
  isSafeText,
  safeString,
  text,
} from '../index';

type Schema = z.core.$ZodType;
interface Leaf {
  path: string;
  schema: Schema;
  type: string;
}

/**
 * Every leaf a message can hold, by its dotted path, found by walking zod's definitions (objects,
 * arrays, records, unions, wrappers, pipes). A kind of node the walk does not know is a leaf of its own
 * type, so a new zod construct in a contract fails the spec instead of hiding its strings.
 */
function leaves(schema: Schema, path = '', out: Leaf[] = [], depth = 0): Leaf[] {
  if (depth > 30) return out;
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const walk = (child: unknown, at: string) => leaves(child as Schema, at, out, depth + 1);
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, Schema>))
        walk(child, path ? `${path}.${key}` : key);
      if (def.catchall) walk(def.catchall, `${path}.*`);
      return out;
    case 'array':
      walk(def.element, `${path}.0`);
      return out;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      walk(def.innerType, path);
      return out;
    case 'pipe':
      walk(def.in, path);
      return out;
    case 'union':
      for (const option of def.options as Schema[]) walk(option, path);
      return out;
    case 'intersection':
      walk(def.left, path);
      walk(def.right, path);
      return out;
    case 'record':
      walk(def.keyType, `${path}.<key>`);
      walk(def.valueType, `${path}.*`);
      return out;
    case 'tuple':
      (def.items as Schema[]).forEach((item, i) => walk(item, `${path}.${i}`));
      return out;
    case 'lazy':
      walk((def.getter as () => Schema)(), path);
      return out;
    case 'enum':
    case 'literal':
    case 'boolean':
    case 'null':
    case 'undefined':
    case 'never':
    case 'transform':
      return out;
    default:
      out.push({ path, schema, type: def.type });
      return out;
  }
}

const NUL = 'Hà\u0000Nội';
const LONE_HIGH = 'Hà Nội \uD800';
const LONE_LOW = '\uDC00 Hà Nội';
const CONTROL = 'Hà\u0007Nội';

describe(isSafeText.name, () => {
  it.each([
    ['NUL', NUL],
    ['a lone high surrogate', LONE_HIGH],
    ['a lone low surrogate', LONE_LOW],
    ['a reversed pair', '\uDC00\uD800'],
    ['a bell', CONTROL],
    ['an escape', 'a\u001Bb'],
    ['a vertical tab', 'a\u000Bb'],
  ])('refuses %s', (_, value) => expect(isSafeText(value)).toBe(false));

  it.each([
    ['Vietnamese', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['tabs and line breaks', 'dòng 1\r\ndòng 2\tcột'],
    ['an astral character (a surrogate pair)', 'Lễ hội 🎉 𠀀'],
    ['bidirectional and zero-width marks', '\u202Eabc\u200B\uFEFF'],
    ['the empty string', ''],
  ])('accepts %s', (_, value) => expect(isSafeText(value)).toBe(true));

  it('gives the same answer without String.prototype.isWellFormed (older browsers)', () => {
    const descriptor = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    try {
      delete (String.prototype as { isWellFormed?: unknown }).isWellFormed;
      for (const value of [LONE_HIGH, LONE_LOW, '\uDC00\uD800', '\uD83C\uDF89', 'abc'])
        expect(isSafeText(value)).toBe(!/[\uD800-\uDFFF]/.test(value) || value === '\uD83C\uDF89');
    } finally {
      if (descriptor) Object.defineProperty(String.prototype, 'isWellFormed', descriptor);
    }
  });

  it('agrees with String.prototype.isWellFormed on any UTF-16 text, with and without it', () => {
    const units = fc.array(
      fc.oneof(fc.integer({ min: 0xd7f0, max: 0xe010 }), fc.integer({ min: 0x20, max: 0xffff })),
      {
        maxLength: 12,
      },
    );
    const descriptor = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    if (!descriptor) throw new Error('Node 20 has String.prototype.isWellFormed');
    fc.assert(
      fc.property(units, (codes) => {
        const value = String.fromCharCode(...codes);
        const expected = (value as unknown as { isWellFormed(): boolean }).isWellFormed();
        const withIt = isSafeText(value);
        delete (String.prototype as { isWellFormed?: unknown }).isWellFormed;
        try {
          expect({ value, withIt, without: isSafeText(value) }).toEqual({
            value,
            withIt: expected,
            without: expected,
          });
        } finally {
          Object.defineProperty(String.prototype, 'isWellFormed', descriptor);
        }
      }),
      { seed: 20261204, numRuns: 500 },
    );
  });
});

describe(safeString.name, () => {
  it('refuses NUL with one issue naming the rule, before the other checks', () => {
    const result = text(5).safeParse('  \u0000 toolong ');
    expect(result.success).toBe(false);
    expect(fieldErrorsFromZod((result as { error: z.ZodError }).error)).toEqual([
      {
        path: '',
        code: 'custom',
        message: 'Contains a control character or broken Unicode',
        params: { rule: 'malformedText' },
      },
    ]);
  });

  it('names the field in a message', () => {
    const result = CreateTrainingCourseSchema.safeParse({ titleVi: LONE_HIGH });
    const fields = fieldErrorsFromZod((result as { error: z.ZodError }).error);
    expect(fields).toContainEqual(
      expect.objectContaining({ path: 'titleVi', code: 'custom', params: { rule: 'malformedText' } }),
    );
  });
});

describe('every route input', () => {
  const all = ALL_ROUTES.flatMap((route) =>
    leaves(route.input).map((leaf) => ({ ...leaf, route: route.operationId })),
  );

  it('holds only leaves the walk knows (strings, numbers, enums, literals, booleans)', () => {
    expect(
      all.filter((leaf) => !['string', 'number'].includes(leaf.type)).map((l) => l.route + l.path),
    ).toEqual([]);
  });

  it('finds the string fields it checks', () => {
    expect(all.filter((leaf) => leaf.type === 'string').length).toBeGreaterThan(150);
  });

  it.each([
    ['NUL', NUL],
    ['a lone high surrogate', LONE_HIGH],
    ['a lone low surrogate', LONE_LOW],
    ['another control character', CONTROL],
  ])(
    'refuses %s in every string field, as rule malformedText unless the field has a fixed format',
    (_, bad) => {
      const accepted: string[] = [];
      const unnamed: string[] = [];
      for (const leaf of all.filter((l) => l.type === 'string')) {
        const result = (leaf.schema as unknown as z.ZodType).safeParse(bad);
        if (result.success) {
          accepted.push(`${leaf.route}: ${leaf.path}`);
          continue;
        }
        const def = (leaf.schema as unknown as { _zod: { def: { format?: string } } })._zod.def;
        const named = result.error.issues.some(
          (issue) => (issue as { params?: { rule?: string } }).params?.rule === 'malformedText',
        );
        // A uuid, a date or a pattern refuses it as a format error, which the console words already.
        if (!named && !def.format && !result.error.issues.some((i) => i.code === 'invalid_format'))
          unnamed.push(`${leaf.route}: ${leaf.path}`);
      }
      expect({ accepted, unnamed }).toEqual({ accepted: [], unnamed: [] });
    },
  );

  it('bounds every number field, so no huge or infinite number reaches a database column', () => {
    const unbounded = all
      .filter((leaf) => leaf.type === 'number')
      .filter((leaf) => (leaf.schema as unknown as z.ZodType).safeParse(1e300).success)
      .map((leaf) => `${leaf.route}: ${leaf.path}`);
    expect(unbounded).toEqual([]);
  });
});
