// From a poster model to its layout tree and canvas size.
import type { PosterElement } from '../tree.ts';
import { posterSize, type PosterModel } from '../types.ts';
import { buildingPoster } from './building.ts';
import { ogCard } from './og.ts';
import { progressPoster } from './progress.ts';
import { storyPoster } from './story.ts';

/** Bump when any template changes how posters look: it invalidates every cached PNG. */
export const TEMPLATE_VERSION = 19;

export interface PosterLayout {
  tree: PosterElement;
  width: number;
  height: number;
}

/** The satori tree and pixel size for a model. */
export function posterLayout(model: PosterModel): PosterLayout {
  const { width, height } = posterSize(model);
  switch (model.kind) {
    case 'street':
    case 'community':
    case 'print':
      return { tree: progressPoster(model, width, height), width, height };
    case 'building':
      return { tree: buildingPoster(model, width), width, height };
    case 'story':
      return { tree: storyPoster(model, width, height), width, height };
    case 'og':
      return { tree: ogCard(model, width), width, height };
  }
}
