import fs from 'node:fs';
import path from 'node:path';
import { PLAN_AREA_CODES, SECTORS, findSector, sectorLabel } from '../index';

/** The IATI 2.03 Sector codelist, kept in the repository as reference data (libs/catalog/reference). */
function iatiSectors(): Map<string, { name: string; status: string }> {
  const xml = fs.readFileSync(
    path.resolve(__dirname, '../../reference/iati-2.03/codelists/Sector.xml'),
    'utf8',
  );
  const items = new Map<string, { name: string; status: string }>();
  for (const m of xml.matchAll(
    /<codelist-item status="(\w+)">\s*<code>(\d+)<\/code>\s*<name>\s*<narrative>([^<]*)<\/narrative>/g,
  ))
    items.set(m[2], { status: m[1], name: m[3].replace(/&apos;/g, "'").replace(/&amp;/g, '&') });
  return items;
}

describe('DAC sectors', () => {
  it('are active IATI 2.03 Sector codes with the codelist English names', () => {
    const iati = iatiSectors();
    for (const sector of SECTORS) {
      expect({ code: sector.code, ...iati.get(sector.code) }).toEqual({
        code: sector.code,
        status: 'active',
        name: sector.nameEn,
      });
    }
  });

  it('each name a Vietnamese label and a plan area, without duplicates', () => {
    expect(new Set(SECTORS.map((s) => s.code)).size).toBe(SECTORS.length);
    for (const sector of SECTORS) {
      expect(sector.nameVi.length).toBeGreaterThan(3);
      expect(PLAN_AREA_CODES).toContain(sector.planArea);
    }
    expect(findSector('12220')?.planArea).toBe('III.4');
    expect(sectorLabel('11220', 'en')).toBe('11220 · Primary education');
    expect(sectorLabel('99999')).toBe('99999');
  });
});
