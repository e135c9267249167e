// The process runtime (nats-server, PostgreSQL, the stack) lives in @ascc/runtime, which `npm start`
// uses too; the tests reach it through here as before.
export * from '@ascc/runtime';
export * from './service-harness';
export * from './nats-cluster';
export * from './sign-in';
export * from './totp';
export * from './money-cases';
export * from './file-samples';
export * from './xlsx-samples';
export * from './reconciliation';
export * from './drill-load';
export * from './gateway-copy';
export * from './smtp-sink';
export * from './demo-api';
