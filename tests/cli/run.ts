// Runs the real CLI in a child process, as a user's script would: `tsx src/cli/main.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'descent-cli-'));
let files = 0;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON lines. */
  lines: Record<string, unknown>[];
}

export function cli(args: string[]): CliResult {
  const r = cliText(args);
  const lines = r.stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}

/** As `cli`, for a command whose output is not JSON lines (export-pytorch). */
export function cliText(args: string[]): Omit<CliResult, 'lines'> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    // An exported script holds its data: digits' is a few MB (the default is 1 MB).
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes `document` (an object, or raw text) to a temporary file and returns its path. */
export function file(document: unknown): string {
  const path = join(dir, `doc-${files++}.json`);
  writeFileSync(path, typeof document === 'string' ? document : JSON.stringify(document));
  return path;
}

export function example(name: string): string {
  return join(ROOT, 'docs', 'examples', name);
}
