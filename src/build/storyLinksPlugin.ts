// Stories may link a site page from the root (`[本站](/about/)`); published under a path, the link goes
// under it too. A Sätteri mdast plugin for astro.config.mjs, after the story rules have checked the tree.
import type { MdastPluginDefinition } from 'satteri';
import { normalizeBase, pathWithBase } from '../urls.ts';

/** Puts every root-absolute link and link definition of a story under `base` (`/` changes nothing). */
export function storyLinksPlugin(base: string): MdastPluginDefinition {
  const prefix = normalizeBase(base);
  return {
    name: 'gongshi-story-links',
    link(node, ctx) {
      const url = pathWithBase(prefix, node.url);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = pathWithBase(prefix, node.url);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  };
}
