import { Global, Module } from '@nestjs/common';
import { ClientNats } from '@nestjs/microservices';
import { natsConnectionOptions } from '@ascc/service-kit';
import { NATS_CLIENT, ServiceBus } from './service-bus';

@Global()
@Module({
  providers: [
    {
      provide: NATS_CLIENT,
      useFactory: async () => {
        const client = new ClientNats(natsConnectionOptions('gateway'));
        await client.connect();
        return client;
      },
    },
    ServiceBus,
  ],
  exports: [ServiceBus, NATS_CLIENT],
})
export class BusModule {}
