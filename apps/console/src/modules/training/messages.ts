import { registerMessages } from '../../i18n/translate';
import { trainingEn } from './messages.en';
import { trainingVi } from './messages.vi';

/**
 * The training module's labels join the dictionaries when its code loads: each file that uses them imports
 * this one (i18n/__tests__/module-labels.spec.ts checks it), so they come with the module's chunk, not
 * in the first load.
 */
registerMessages(trainingVi, trainingEn);
