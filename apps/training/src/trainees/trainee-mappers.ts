import type { Trainee as TraineeDto } from '@ascc/contracts';
import { searchText } from '@ascc/service-kit';
import type { Trainee } from './trainee.entity';

/** The trainee's lines in the audit (the import's own line too). */
export const TRAINEE_ENTITY = 'Trainee';

/** What the registry's free-text search finds a trainee by. */
export function traineeSearch(t: {
  staffCode: string;
  fullName: string;
  commune?: string | null;
  position?: string | null;
}) {
  return searchText(t.staffCode, t.fullName, t.commune, t.position);
}

export function toTraineeDto(t: Trainee): TraineeDto {
  return {
    // Written out, not spread from recordMeta (see its note).
    id: t.id,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    staffCode: t.staffCode,
    fullName: t.fullName,
    dateOfBirth: t.dateOfBirth ?? null,
    gender: t.gender,
    agencyCode: t.agencyCode ?? null,
    districtCode: t.districtCode ?? null,
    commune: t.commune ?? null,
    level: t.level,
    group: t.group,
    position: t.position ?? null,
    email: t.email ?? null,
    phone: t.phone ?? null,
  };
}
