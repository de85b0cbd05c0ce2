// The libraries of the table, by column name. Each is imported only by the process that
// times it, so a Descent process never loads tfjs and a convnetjs process never loads either.
import type { Adapter } from './adapter';
import type { TfjsOptions } from './tfjs';

export const LIBRARIES = ['descent', 'descent-js', 'tfjs-cpu', 'tfjs-wasm', 'convnetjs'] as const;
export type Library = (typeof LIBRARIES)[number];

export function isLibrary(name: string): name is Library {
  return (LIBRARIES as readonly string[]).includes(name);
}

export async function createAdapter(library: Library, tfjs: TfjsOptions): Promise<Adapter> {
  switch (library) {
    case 'descent':
    case 'descent-js': {
      const { descentAdapter } = await import('./descent');
      return descentAdapter(library === 'descent' ? 'wasm' : 'js');
    }
    case 'tfjs-cpu':
    case 'tfjs-wasm': {
      const { tfjsAdapter } = await import('./tfjs');
      return tfjsAdapter(library === 'tfjs-cpu' ? 'cpu' : 'wasm', tfjs);
    }
    case 'convnetjs': {
      const { convnetjsAdapter } = await import('./convnetjs');
      return convnetjsAdapter();
    }
  }
}
