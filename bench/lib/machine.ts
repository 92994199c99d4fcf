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
  return [
    `- Date: ${new Date().toISOString()}`,
    `- CPU: ${cpu}, ${cpus().length} cores; load average (1, 5, 15 min) at the start ${startLoad.map((l) => l.toFixed(2)).join(', ')}, at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(startFree / 2 ** 30).toFixed(1)} GiB free at the start)`,
    `- OS: ${osType()} ${release()}`,
    `- Node ${process.version}; ${chromium} (${chromiumPath}), headless, driven by playwright-core`,
  ];
}
