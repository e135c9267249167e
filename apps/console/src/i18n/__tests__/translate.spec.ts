import { actionPlansEn } from '../../modules/dashboard/action-plan-messages.en';
import { actionPlansVi } from '../../modules/dashboard/action-plan-messages.vi';
import { aidEn } from '../../modules/aid/messages.en';
import { aidVi } from '../../modules/aid/messages.vi';
import { budgetEn } from '../../modules/budget/messages.en';
import { budgetVi } from '../../modules/budget/messages.vi';
import { cultureEn } from '../../modules/culture/messages.en';
import { cultureVi } from '../../modules/culture/messages.vi';
import { inboxEn } from '../../modules/inbox/messages.en';
import { inboxVi } from '../../modules/inbox/messages.vi';
import { indicatorsEn } from '../../modules/dashboard/indicator-messages.en';
import { indicatorsVi } from '../../modules/dashboard/indicator-messages.vi';
import { publicProgressEn } from '../../modules/dashboard/public-messages.en';
import { publicProgressVi } from '../../modules/dashboard/public-messages.vi';
import { reportingEn } from '../../modules/dashboard/messages.en';
import { reportingVi } from '../../modules/dashboard/messages.vi';
import { searchEn } from '../../modules/search/messages.en';
import { searchVi } from '../../modules/search/messages.vi';
import { trainingEn } from '../../modules/training/messages.en';
import { trainingVi } from '../../modules/training/messages.vi';
import { en } from '../en';
import { isMessageKey, registerMessages, translate } from '../translate';
import { vi } from '../vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The first load's dictionary and each module's, as [vi, en]. */
const DICTIONARIES: [Record<string, string>, Record<string, string>][] = [
  [vi, en],
  [trainingVi, trainingEn],
  [aidVi, aidEn],
  [cultureVi, cultureEn],
  [budgetVi, budgetEn],
  [reportingVi, reportingEn],
  [indicatorsVi, indicatorsEn],
  [publicProgressVi, publicProgressEn],
  [actionPlansVi, actionPlansEn],
  [inboxVi, inboxEn],
  [searchVi, searchEn],
];

describe(translate.name, () => {
  it('fills placeholders with the given values', () => {
    expect(translate('vi', 'list.total', { total: 12 })).toBe('Tổng số 12 bản ghi');
    expect(translate('en', 'list.total', { total: 12 })).toBe('Records: 12');
  });

  it('leaves a placeholder visible when its value is missing, rather than printing "undefined"', () => {
    expect(translate('en', 'list.total')).toBe('Records: {total}');
  });

  it('has every label in both languages, non-empty and with the same placeholders', () => {
    for (const [viLabels, enLabels] of DICTIONARIES) {
      expect(Object.keys(enLabels).sort()).toEqual(Object.keys(viLabels).sort());
      for (const key of Object.keys(viLabels)) {
        expect(viLabels[key].trim()).not.toBe('');
        expect(enLabels[key].trim()).not.toBe('');
        expect({ key, placeholders: placeholders(enLabels[key]) }).toEqual({
          key,
          placeholders: placeholders(viLabels[key]),
        });
      }
    }
  });

  it("gives no key to two dictionaries (a module would overwrite another one's label)", () => {
    const seen = new Map<string, number>();
    DICTIONARIES.forEach(([viLabels], index) => {
      for (const key of Object.keys(viLabels)) {
        expect({ key, first: seen.get(key) ?? index }).toEqual({ key, first: index });
        seen.set(key, index);
      }
    });
  });

  it("knows a module's labels once its code has registered them, in both languages", () => {
    expect(isMessageKey('training.title')).toBe(false);
    expect(translate('en', 'training.title')).toBe('training.title');
    registerMessages(trainingVi, trainingEn);
    expect(isMessageKey('training.title')).toBe(true);
    expect(translate('vi', 'training.title')).toBe(trainingVi['training.title']);
    expect(translate('en', 'training.title')).toBe(trainingEn['training.title']);
  });
});
