import { en } from '../en';
import { translate } from '../translate';
import { type MessageKey, vi } from '../vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe(translate.name, () => {
  it('fills placeholders with the given values', () => {
    expect(translate('vi', 'list.total', { total: 12 })).toBe('Tổng số 12 bản ghi');
    expect(translate('en', 'list.total', { total: 12 })).toBe('Records: 12');
  });

  it('leaves a placeholder visible when its value is missing, rather than printing "undefined"', () => {
    expect(translate('en', 'list.total')).toBe('Records: {total}');
  });

  it('has every label in both languages, non-empty and with the same placeholders', () => {
    for (const key of Object.keys(vi) as MessageKey[]) {
      expect(vi[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(vi[key]),
      });
    }
  });
});
