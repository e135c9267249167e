import type { Trainee } from '@ascc/contracts';
import { Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { RecordDrawer } from '../../../shared/record/record-drawer';
import { useRecordFields } from '../../../shared/record/record-values';
import { traineeFields } from '../training-fields';
import { useTrainee, useTraineeHistory } from '../hooks/use-training-courses';
import { TraineeEditForm } from './trainee-form';
import '../messages';

/** The edit button and form of a trainee, for those who may manage the registry (Home Affairs). */
function EditTrainee({ trainee }: { trainee: Trainee }) {
  const t = useT();
  const canEdit = useCan('training.trainee.manage', trainee.agencyCode ?? undefined).allowed;
  const [editing, setEditing] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      <Button onClick={() => setEditing(true)} data-testid="edit-trainee">
        {t('training.trainee.edit')}
      </Button>
      {/* Not keyed by version: the saved toast lives in the form; it reopens from the values now stored. */}
      <TraineeEditForm trainee={trainee} open={editing} onClose={() => setEditing(false)} />
    </>
  );
}

/**
 * One trainee of the registry over its list, at `/training/trainees/<id>`: the record, who changed
 * what in it, and its edit form.
 */
export default function TraineeDrawer() {
  const fields = useRecordFields(traineeFields);
  return (
    <RecordDrawer<Trainee>
      title={(trainee) => `${trainee.staffCode} · ${trainee.fullName}`}
      fields={fields}
      useRecord={useTrainee}
      useHistory={useTraineeHistory}
      actions={(trainee) => <EditTrainee trainee={trainee} />}
    />
  );
}
