// The page's one pool of run workers (compare and search share it), started on first use.
import type { RunPool } from '../worker/pool';
import { startRunPool } from '../worker/clients';

let pool: RunPool | null = null;

export function runPool(): RunPool {
  pool ??= startRunPool();
  return pool;
}
