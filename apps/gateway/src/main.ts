import { Logger } from '@nestjs/common';
import { checkSettings, isMigrateCommand, migrateCommand } from '@ascc/service-kit';
import { DATABASE } from './database';
import { createGatewayApp } from './gateway-app';

async function main() {
  checkSettings(process.env, 'gateway');
  const app = await createGatewayApp();
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '0.0.0.0';
  await app.listen(port, host);
  new Logger('Gateway').log(`ASCC Plan Console at http://localhost:${port}`);
  process.send?.('ready');
}

// `node main.js migrate`: only the identity database's migrations, as its owner (infra/deploy).
if (isMigrateCommand()) void migrateCommand(DATABASE);
else
  main().catch((error) => {
    new Logger('Gateway').error('Gateway failed to start', error instanceof Error ? error.stack : error);
    process.exit(1);
  });
