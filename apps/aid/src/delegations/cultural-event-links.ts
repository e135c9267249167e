import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  type ActivityLookupResult,
  ActivityLookupResultSchema,
  FUNDING_SUBJECTS,
  ruleParams,
} from '@ascc/contracts';
import { PeerRequests, type RequestContext, ServiceError } from '@ascc/service-kit';

/**
 * Asks the culture service whether a cultural event a delegation links exists, and its label
 * (`culture.activity.lookup`, the subject budget lines use; auth.conf lets aid publish it, and the
 * reply comes to aid's own inbox prefix). Any agency's event may be linked: a delegation attends
 * events other departments organise.
 */
@Injectable()
export class CulturalEventLinks implements OnApplicationShutdown {
  private readonly peers = new PeerRequests('aid');

  private lookup(id: string, ctx: RequestContext): Promise<ActivityLookupResult> {
    return this.peers.ask(
      FUNDING_SUBJECTS.cultureLookup,
      { kind: 'cultural-event', id },
      ActivityLookupResultSchema,
      ctx,
      'The culture service could not confirm the linked cultural event; try again',
    );
  }

  /** The event's label as the culture service words it; a 400 naming `culturalEvent` when there is none. */
  async check(id: string, ctx: RequestContext): Promise<string | undefined> {
    const found = await this.lookup(id, ctx);
    if (!found.exists) {
      throw new ServiceError('VALIDATION_FAILED', 'The linked cultural event does not exist', [
        {
          path: 'culturalEvent.id',
          code: 'custom',
          message: 'No such cultural event',
          params: ruleParams('unknownCulturalEvent'),
        },
      ]);
    }
    return found.label;
  }

  async onApplicationShutdown() {
    await this.peers.close();
  }
}
