import type { GatewayHealth } from '@ascc/contracts';
import { type Stack, startStack, waitFor } from '@ascc/runtime';

/** `npm start` keeps what it started alive: a process that dies is started again and says so in its health. */
describe('a supervised stack (npm start)', () => {
  let stack: Stack;
  const health = async () => (await (await fetch(`${stack.url}/api/health`)).json()) as GatewayHealth;
  const training = async () => {
    const found = (await health()).services.find((s) => s.service === 'training');
    if (!found) throw new Error('the health answer names no training service');
    return found;
  };

  beforeAll(async () => {
    stack = await startStack({ supervise: true, env: { LOG_LEVEL: 'silent' } });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('restarts a service killed with SIGKILL and counts the restart in its health', async () => {
    expect(await training()).toMatchObject({ status: 'up', restarts: 0 });
    const exits: string[] = [];
    const log = jest.spyOn(console, 'error').mockImplementation((line: string) => void exits.push(line));
    try {
      stack.crashService('training');
      await waitFor(async () => (await training()).status === 'down', 'training to be seen down', 10_000);
      await waitFor(
        async () => {
          const now = await training();
          return now.status === 'up' && now.restarts === 1;
        },
        'training to be back, once restarted',
        30_000,
      );
    } finally {
      log.mockRestore();
    }
    expect(exits).toEqual(['training exited (signal SIGKILL); restarting in 1 s (restart 1)']);
    expect((await health()).status).toBe('ok');
  }, 60_000);

  it('leaves a service stopped on purpose stopped', async () => {
    await stack.stopService('training');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect((await training()).status).toBe('down');
    await stack.startService('training');
    expect(await training()).toMatchObject({ status: 'up', restarts: 0 });
  }, 60_000);
});
