export default async function teardown() {
  await (globalThis as { __ASCC_PG__?: { stop(): Promise<void> } }).__ASCC_PG__?.stop();
}
