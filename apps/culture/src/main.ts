import { bootstrapService } from '@ascc/service-kit';
import { AppModule } from './app.module';
import { DATABASE } from './database';

void bootstrapService('culture', AppModule, DATABASE);
