import { registerMessages } from '../../i18n/translate';
import { reportingEn } from './messages.en';
import { reportingVi } from './messages.vi';
import { indicatorsEn } from './indicator-messages.en';
import { indicatorsVi } from './indicator-messages.vi';
import { publicProgressEn } from './public-messages.en';
import { publicProgressVi } from './public-messages.vi';
import { actionPlansEn } from './action-plan-messages.en';
import { actionPlansVi } from './action-plan-messages.vi';

/**
 * The dashboard module's labels join the dictionaries when its code loads: each file that uses them imports
 * this one (i18n/__tests__/module-labels.spec.ts checks it), so they come with the module's chunk, not
 * in the first load.
 */
registerMessages(reportingVi, reportingEn);
registerMessages(indicatorsVi, indicatorsEn);
registerMessages(publicProgressVi, publicProgressEn);
registerMessages(actionPlansVi, actionPlansEn);
