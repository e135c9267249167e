import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { LiveController } from './live.controller';
import { LiveFeed } from './live-feed';

@Injectable()
class LiveFeedLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(@Inject(LiveFeed) private readonly feed: LiveFeed) {}
  onApplicationBootstrap() {
    this.feed.start();
  }
  /** Open streams end before the HTTP server closes, or they would hold it open. */
  beforeApplicationShutdown() {
    this.feed.endStreams();
  }
  async onApplicationShutdown() {
    await this.feed.stop();
  }
}

/** Live updates: this copy's reading of the record changes and the consoles' event stream. */
@Module({
  imports: [IdentityModule],
  controllers: [LiveController],
  providers: [{ provide: LiveFeed, useFactory: () => new LiveFeed() }, LiveFeedLifecycle],
})
export class LiveModule {}
