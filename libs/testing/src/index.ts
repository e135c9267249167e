export * from './processes';
export * from './postgres';
export * from './stack';
export * from './service-harness';
export * from './nats-cluster';
export * from './nats-credentials';
export * from './sign-in';
export * from './totp';
