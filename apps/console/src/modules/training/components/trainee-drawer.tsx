import type { Trainee } from '@ascc/contracts';
import { RecordDrawer } from '../../../shared/record/record-drawer';
import { useRecordFields } from '../../../shared/record/record-values';
import { traineeFields } from '../training-fields';
import { useTrainee } from '../hooks/use-training-courses';

/**
 * One trainee of the registry over its list, at `/training/trainees/<id>`. The service has no route for
 * a trainee's enrolments, certificates or change history yet, so the drawer shows the registry record.
 */
export default function TraineeDrawer() {
  const fields = useRecordFields(traineeFields);
  return (
    <RecordDrawer<Trainee>
      title={(trainee) => `${trainee.staffCode} · ${trainee.fullName}`}
      fields={fields}
      useRecord={useTrainee}
    />
  );
}
