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
        // No stack captured at each request (nats.js makes an Error per request for async traces): the
        // bus maps every failure to the error model, whose 503s say which service, not where it was asked.
        const client = new ClientNats({ ...natsConnectionOptions('gateway'), noAsyncTraces: true });
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
