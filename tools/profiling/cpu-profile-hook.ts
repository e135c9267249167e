/**
 * Preloaded into a process (`node -r dist/tools/profiling/cpu-profile-hook.js main.js`) by the throughput
 * bench: SIGWINCH (a signal Nest's shutdown hooks leave alone) starts a CPU profile, the next writes it to
 * `<tmp>/ascc-cpu-profiles/<pid>-<n>.cpuprofile` — so only the loaded window is profiled, not start-up.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector';
import { profileFile } from './cpu-profile';

const session = new Session();
session.connect();
let running = false;
let count = 0;

process.on('SIGWINCH', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () =>
      session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')),
    );
    return;
  }
  running = false;
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    const file = profileFile(process.pid, count++);
    fs.mkdirSync(require('node:path').dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.part`, JSON.stringify(result.profile));
    fs.renameSync(`${file}.part`, file);
  });
});
