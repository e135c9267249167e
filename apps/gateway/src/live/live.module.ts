import {
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
class LiveFeedLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(LiveFeed) private readonly feed: LiveFeed) {}
  onApplicationBootstrap() {
    this.feed.start();
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
