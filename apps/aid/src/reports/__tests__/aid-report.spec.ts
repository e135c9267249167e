import { aseanCase } from '../aid-report';
import { dongCell } from '../export-file';

describe('aid report rules', () => {
  it('counts a donor as ASEAN from its date of joining, Timor-Leste only from 26 October 2025', () => {
    const { sql, bindings } = aseanCase();
    const pairs = new Map<string, string>();
    for (let i = 0; i < bindings.length; i += 2) pairs.set(bindings[i], bindings[i + 1]);
    expect(pairs.get('TL')).toBe('2025-10-26');
    expect(pairs.get('ID')).toBe('1967-08-08');
    expect(pairs.get('VN')).toBe('1995-07-28');
    expect(pairs.has('KR')).toBe(false);
    expect(pairs.size).toBe(11);
    // One placeholder per binding, so the members and their dates stay paired.
    expect(sql.match(/\?/g)).toHaveLength(bindings.length);
  });

  it('writes a total as an XLSX number while one holds it exactly, otherwise as its digits', () => {
    expect(dongCell('1500000')).toBe(1_500_000);
    expect(dongCell(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(dongCell('12345678901234567890')).toBe('12345678901234567890');
    expect(dongCell('-250')).toBe(-250);
  });
});
