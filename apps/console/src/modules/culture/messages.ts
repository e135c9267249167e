import { registerMessages } from '../../i18n/translate';
import { cultureEn } from './messages.en';
import { cultureVi } from './messages.vi';

/**
 * The culture module's labels join the dictionaries when its code loads: each file that uses them imports
 * this one (i18n/__tests__/module-labels.spec.ts checks it), so they come with the module's chunk, not
 * in the first load.
 */
registerMessages(cultureVi, cultureEn);
