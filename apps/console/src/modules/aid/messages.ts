import { registerMessages } from '../../i18n/translate';
import { aidEn } from './messages.en';
import { aidVi } from './messages.vi';

/**
 * The aid module's labels join the dictionaries when its code loads: each file that uses them imports
 * this one (i18n/__tests__/module-labels.spec.ts checks it), so they come with the module's chunk, not
 * in the first load.
 */
registerMessages(aidVi, aidEn);
