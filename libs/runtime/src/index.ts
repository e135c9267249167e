// The product's own process runtime: nats-server and PostgreSQL as child processes, the NATS users'
// credentials, and the whole stack (`npm start`). libs/testing re-exports it for the tests.
export * from './processes';
export * from './postgres';
export * from './stack';
export * from './nats-credentials';
export * from './caller-keys';
export * from './nats-provision';
export * from './backup';
