/** The machine the numbers came from: CPU, cores, memory, Node, Chromium, date. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';

export function describeMachine(
  chromiumPath: string,
  browserVersion: string,
  startLoad: number[],
  startFree: number,
): string[] {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  let chromium = browserVersion;
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // keep the version the browser reported
  }
  const loads = (values: number[]) => values.map((l) => l.toFixed(2)).join(', ');
  return [
    `- Date: ${new Date().toISOString()}`,
    `- CPU: ${cpu}, ${cpus().length} cores; load average (1, 5, 15 min) at the start ${loads(startLoad)}, ` +
      `at the end ${loads(loadavg())}`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(startFree / 2 ** 30).toFixed(1)} GiB free at the start)`,
    `- OS: ${osType()} ${release()}`,
    `- Node ${process.version}; ${chromium} (${chromiumPath}), headless, driven by playwright-core`,
  ];
}
