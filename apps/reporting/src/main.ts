import { bootstrapService } from '@ascc/service-kit';
import { AppModule } from './app.module';

void bootstrapService('reporting', AppModule);
