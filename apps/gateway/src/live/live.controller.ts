import { Controller, Inject, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  type Caller,
  LIVE_KINDS,
  LIVE_STREAM_EVENTS,
  type RecordChanged,
  SYSTEM_ROUTES,
  authorizeRecord,
  formatLiveCursor,
  parseLiveCursor,
} from '@ascc/contracts';
import { BearerAuthenticator } from '../auth/bearer-authenticator';
import { SessionCache, type SessionSnapshot } from '../auth/session-cache';
import { SessionsService } from '../auth/sessions.service';
import { ApiRoute, type ApiRequest } from '../http/api-route.decorator';
import { type LiveEvent, LiveFeed } from './live-feed';

/** A comment line every so often keeps proxies from closing an idle stream. */
export const LIVE_HEARTBEAT_MS = 15_000;
/** How often an open stream checks its session (the session cache trusts a read for 0.5 s). */
const SESSION_CHECK_MS = 500;

/** Whether `caller` may see `change`: the read permission of its kind, on its agency (as the lists). */
export function maysee(caller: Pick<Caller, 'roles' | 'agencyCode'>, change: RecordChanged): boolean {
  return authorizeRecord(LIVE_KINDS[change.kind].permission, caller, change.agencyCode);
}

/** What a console receives of a change: no agency, no values — kind, id, version, field names, by whom. */
function visible({ kind, id, action, version, fields, by }: RecordChanged) {
  return { kind, id, action, version, fields, by };
}

@Controller()
export class LiveController {
  constructor(
    @Inject(LiveFeed) private readonly feed: LiveFeed,
    private readonly authenticator: BearerAuthenticator,
    private readonly sessions: SessionCache,
    private readonly sessionsService: SessionsService,
  ) {}

  /**
   * The record changes the caller may see, as Server-Sent Events. Resumes after `Last-Event-ID` from
   * this copy's tail of each stream (each change exactly once); a gap it no longer holds gets a
   * `reset` event. Ends within a second of the session's revocation, expiry or the user's deactivation;
   * roles and agency are re-read with the session, so a changed grant applies to the next event.
   */
  @ApiRoute(SYSTEM_ROUTES.liveEvents)
  stream(@Req() req: ApiRequest, @Res() res: Response): void {
    let caller = req.caller as Caller;
    const session = this.authenticator.sessionOf(req);
    const asked = parseLiveCursor(req.header('last-event-id'));
    const cursor: Record<string, number> = { ...this.feed.heads(), ...asked };
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    res.write(`retry: 1000\n: live\n\n`);

    const send = (event: LiveEvent) => {
      if (event.seq <= (cursor[event.stream] ?? 0)) return;
      cursor[event.stream] = event.seq;
      const id = formatLiveCursor(cursor);
      if (!maysee(caller, event.change)) {
        // Not for this user, but the cursor moves on: a resume does not replay it.
        return;
      }
      res.write(
        `id: ${id}\nevent: ${LIVE_STREAM_EVENTS.change}\ndata: ${JSON.stringify(visible(event.change))}\n\n`,
      );
    };

    // Listen first, then replay: a change arriving meanwhile is sent once (the cursor skips repeats).
    const unsubscribe = this.feed.subscribe(send);
    if (Object.keys(asked).length) {
      const missed = this.feed.since(asked);
      if (missed) missed.forEach(send);
      else {
        Object.assign(cursor, this.feed.heads());
        res.write(`id: ${formatLiveCursor(cursor)}\nevent: ${LIVE_STREAM_EVENTS.reset}\ndata: {}\n\n`);
      }
    }

    const heartbeat = setInterval(() => res.write(`: ping\n\n`), LIVE_HEARTBEAT_MS);
    const close = () => {
      clearInterval(heartbeat);
      clearInterval(check);
      unsubscribe();
      untrack();
      if (!res.writableEnded) res.end();
    };
    const untrack = this.feed.track(close);
    const check = setInterval(async () => {
      const snapshot = session ? await this.sessions.get(session.sessionId).catch(() => null) : null;
      if (!snapshot || !this.stillSignedIn(snapshot, caller)) return close();
      caller = { ...caller, roles: snapshot.user.roles, agencyCode: snapshot.user.agencyCode };
    }, SESSION_CHECK_MS);
    req.on('close', close);
  }

  /** The authenticator's rule for a session, applied to an open stream. */
  private stillSignedIn(snapshot: SessionSnapshot, caller: Caller): boolean {
    if (snapshot.revoked || !snapshot.user.active || snapshot.user.id !== caller.userId) return false;
    try {
      this.sessionsService.assertLive(snapshot);
      return true;
    } catch {
      return false;
    }
  }
}
