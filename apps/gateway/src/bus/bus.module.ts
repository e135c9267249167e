import { Global, Module } from '@nestjs/common';
import { ClientNats } from '@nestjs/microservices';
import { CallerSigner, loadCallerSigningKey, natsConnectionOptions } from '@ascc/service-kit';
import { CALLER_SIGNER, NATS_CLIENT, ServiceBus } from './service-bus';

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
    // Read once at start: without CALLER_SIGNING_KEY no service would accept a caller, so the gateway stops here.
    { provide: CALLER_SIGNER, useFactory: () => new CallerSigner(loadCallerSigningKey()) },
    ServiceBus,
  ],
  exports: [ServiceBus, NATS_CLIENT],
})
export class BusModule {}
