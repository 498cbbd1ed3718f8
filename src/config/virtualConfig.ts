// `virtual:gongshi/config`: the build's resolved configuration, handed to pages and the content config
// (Starlight's virtual user-config is the model), so no page reads the environment.
import type { GongshiConfig } from './gongshiConfig.ts';

const ID = 'virtual:gongshi/config';
const RESOLVED = `\0${ID}`;

/** A Vite plugin serving `config` as the module `virtual:gongshi/config`. */
export function virtualConfig(config: GongshiConfig): {
  name: string;
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
} {
  return {
    name: 'gongshi:virtual-config',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? Object.entries(config)
            .map(([key, value]) => `export const ${key} = ${JSON.stringify(value)};`)
            .join('\n')
        : undefined,
  };
}
