// npm start: builds the bundles when dist/ is missing or older than src/, then
// runs ONE server on PORT (default 8080): the catalogue API under /api, the
// demo pages at / and the bundles at /dist/. On a first run the catalogue seeds
// its demo data. It prints the URLs and a demo editor's sign-in.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    newest = Math.max(newest, s.isDirectory() ? newestMtime(path) : s.mtimeMs);
  }
  return newest;
}

function needsBuild() {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) return true;
  const built = readdirSync(dist).filter((f) => f.endsWith('.js'));
  if (built.length === 0) return true;
  const oldestBuilt = Math.min(...built.map((f) => statSync(join(dist, f)).mtimeMs));
  return oldestBuilt < newestMtime(join(root, 'src'));
}

let child;
let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null) child.kill(signal);
  else process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'])
  process.on(signal, () => stop(signal === 'SIGHUP' ? 'SIGTERM' : signal));
// `npm start` runs us through a shell that does not pass SIGTERM on: when our parent
// goes away, shut the catalogue down cleanly instead of leaving it running.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 500).unref();

function run(command, args) {
  return new Promise((resolve) => {
    child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

if (needsBuild()) {
  console.log('Building the bundles (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const code = await run(npm, ['run', 'build', '--silent']);
  if (stopping) process.exit(0);
  if (code !== 0) {
    console.error('The build failed: the demo pages may not work, but the catalogue API will still start.');
  }
}

child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'main.ts'), '--demo'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    // The demo pages are served by the catalogue itself, so its own origin may write.
    ORUK_EXTRA_ORIGINS: [
      process.env.ORUK_EXTRA_ORIGINS,
      `http://localhost:${process.env.PORT || 8080}`,
      `http://127.0.0.1:${process.env.PORT || 8080}`,
    ]
      .filter(Boolean)
      .join(','),
  },
});

child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
