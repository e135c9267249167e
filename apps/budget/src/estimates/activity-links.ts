import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  ACTIVITY_LOOKUP_SUBJECT,
  type ActivityLink,
  type ActivityLookupResult,
  ActivityLookupResultSchema,
  type FundedActivityKind,
  type PermissionKey,
} from '@ascc/contracts';
import { PeerRequests, type RequestContext, ServiceError, reachesRecord } from '@ascc/service-kit';

/** Who may see a linked activity: the department's read permission of its kind. */
const ACTIVITY_READ: Record<FundedActivityKind, PermissionKey> = {
  'training-course': 'training.course.read',
  'cultural-event': 'culture.event.read',
  'aid-project': 'aid.project.read',
  delegation: 'aid.delegation.read',
};

/**
 * Asks the service that owns an activity whether it exists and whose it is (training, culture, aid
 * answer `<service>.activity.lookup`). Budget's NATS user may publish those subjects and nothing else of
 * theirs; the replies come to budget's own inbox prefix.
 */
@Injectable()
export class ActivityLinks implements OnApplicationShutdown {
  private readonly peers = new PeerRequests('budget');

  lookup(link: ActivityLink, ctx: RequestContext): Promise<ActivityLookupResult> {
    const subject = ACTIVITY_LOOKUP_SUBJECT[link.kind];
    return this.peers.ask(
      subject,
      link,
      ActivityLookupResultSchema,
      ctx,
      `The ${subject.split('.')[0]} service could not confirm the linked activity; try again`,
    );
  }

  /**
   * Checks each linked line: a missing activity → 400 naming `lines.N.activity`, and the same for one the
   * caller may not see (it tells neither its existence nor its title); another agency's that the caller
   * sees (an admin's) → 403. Returns the activities' labels by line index.
   */
  async check(
    lines: readonly { activity?: ActivityLink }[],
    agencyCode: string,
    ctx: RequestContext,
    unchanged: (index: number) => boolean,
  ): Promise<Map<number, string | undefined>> {
    const labels = new Map<number, string | undefined>();
    const checks = lines.map(async (line, index) => {
      if (!line.activity || unchanged(index)) return;
      const found = await this.lookup(line.activity, ctx);
      const hidden =
        found.exists && !reachesRecord(ACTIVITY_READ[line.activity.kind], ctx, found.agencyCode ?? '');
      if (!found.exists || hidden) {
        throw ServiceError.refuse(
          'activityNotFound',
          { line: index + 1 },
          'A linked activity does not exist',
          {
            at: { path: `lines.${index}.activity`, code: 'not_found' },
          },
        );
      }
      if (found.agencyCode !== agencyCode) {
        throw ServiceError.refuse(
          'activityOfOtherAgency',
          { line: index + 1, activity: found.label ?? '' },
          `Line ${index + 1} links an activity of another agency`,
          { at: { path: `lines.${index}.activity`, code: 'forbidden' } },
        );
      }
      labels.set(index, found.label);
    });
    await Promise.all(checks);
    return labels;
  }

  async onApplicationShutdown() {
    await this.peers.close();
  }
}
