import { ServerNats } from '@nestjs/microservices';
import type { Msg, Subscription } from 'nats';

/**
 * The NATS transport of a service, made to stop without failing a request: `drain` leaves the queue
 * group (the server confirms it, so nothing more is routed here and the other copies take the load),
 * lets every request already received finish and send its reply, and only then may the application
 * close its database. Nest's own shutdown closes the modules (the database) before the transport, and
 * its graceful option drops messages that arrive between the unsubscribe and its confirmation; a rolling
 * restart under load showed both as timed-out requests.
 */
export class DrainingNatsServer extends ServerNats {
  private inFlight = 0;
  private idle: (() => void) | undefined;

  override async handleMessage(channel: string, natsMsg: Msg): Promise<unknown> {
    if (!natsMsg.reply) return super.handleMessage(channel, natsMsg);
    this.inFlight++;
    try {
      return await super.handleMessage(channel, natsMsg);
    } catch (error) {
      this.settled();
      throw error;
    }
  }

  override getPublisher(natsMsg: Msg, id: string, ctx: Parameters<ServerNats['getPublisher']>[2]) {
    const publish = super.getPublisher(natsMsg, id, ctx);
    if (!natsMsg.reply) return publish;
    return (response: { isDisposed?: boolean }) => {
      try {
        return publish(response);
      } finally {
        // A reply's last packet says so (isDisposed): the request is answered.
        if (response.isDisposed) this.settled();
      }
    };
  }

  /** Stops taking requests and resolves once those received are answered (or after `graceMs`). */
  async drain(graceMs: number): Promise<void> {
    const subscriptions = (this as unknown as { subscriptions: Subscription[] }).subscriptions ?? [];
    await Promise.all(
      subscriptions.map((sub) => (sub.isClosed() ? undefined : sub.drain().catch(() => undefined))),
    );
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      this.idle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private settled() {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (this.inFlight === 0) this.idle?.();
  }
}
