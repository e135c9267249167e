import { Controller, Logger } from '@nestjs/common';
import {
  type GlobalSearchResult,
  SEARCH_KINDS,
  SEARCH_KIND_NAMES,
  SEARCH_MESSAGES,
  SEARCH_ROUTES,
  type SearchGroup,
  type SearchKind,
  SERVICE_NAMES,
  type ServiceSearchAnswer,
  authorize,
} from '@ascc/contracts';
import { searchWords } from '@ascc/service-kit';
import { ApiError, ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';
import { parseMessage } from '../identity/parse-message';

/**
 * Milliseconds the search waits for a service: a slower one is reported unavailable for its kinds while
 * the others' results are shown (the search box answers as the user types).
 */
export const SEARCH_TIMEOUT_MS = 2000;

const logger = new Logger('Search');

@Controller()
export class SearchController {
  constructor(private readonly bus: ServiceBus) {}

  /**
   * Asks, in parallel, each service that keeps a kind the caller may read (under the kind's list
   * permission; a kind they may not read is neither asked nor answered), and gathers the groups in the
   * kinds' order. The services narrow each kind to what the caller's list shows them.
   */
  @ApiRoute(SEARCH_ROUTES.search)
  async search(@Message() message: unknown, @Ctx() ctx: CallContext): Promise<GlobalSearchResult> {
    const { q } = parseMessage(SEARCH_ROUTES.search, message);
    const readable = SEARCH_KIND_NAMES.filter(
      (kind) => authorize(SEARCH_KINDS[kind].list.permission, ctx.caller).allowed,
    );
    // Nothing left to match once folded (only punctuation): nothing found, nobody asked.
    if (!searchWords(q).length) {
      return { q, groups: readable.map((kind) => ({ kind, status: 'ok', items: [] })) };
    }
    const found = new Map<SearchKind, SearchGroup>();
    await Promise.all(
      SERVICE_NAMES.map(async (service) => {
        const kinds = readable.filter((kind) => SEARCH_KINDS[kind].service === service);
        if (!kinds.length) return;
        try {
          const answer = await this.bus.send<ServiceSearchAnswer>(
            SEARCH_MESSAGES[service].subject,
            { q, kinds },
            ctx,
            SEARCH_TIMEOUT_MS,
          );
          for (const group of answer.groups) found.set(group.kind, { ...group, status: 'ok' });
        } catch (error) {
          // A timeout or a stopped service is expected now and then; anything else is worth a look.
          if (!(error instanceof ApiError && error.body.code === 'SERVICE_UNAVAILABLE'))
            logger.warn(
              `${SEARCH_MESSAGES[service].subject} failed [${ctx.correlationId}]: ${String(error)}`,
            );
          for (const kind of kinds) found.set(kind, { kind, status: 'unavailable', items: [] });
        }
      }),
    );
    return {
      q,
      groups: readable.map((kind) => found.get(kind) ?? { kind, status: 'unavailable', items: [] }),
    };
  }
}
