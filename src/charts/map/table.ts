// The map's table: every building the map cannot place (no coordinates), with its stage.
import { stageStyles } from '../stages.ts';
import type { TableModel } from '../table.ts';
import type { MapInput, MapLayout } from './layout.ts';

/** 楼栋 | 社区 | 进展 (the programme's noun) for unplaced buildings; one explanatory row when all are placed. */
export function mapTable(
  input: MapInput,
  layout: MapLayout,
  caption: string,
  href?: (id: string) => string,
): TableModel {
  const labels = new Map(stageStyles(input.milestones, input.text).map((s) => [s.key, s.label]));
  const unplaced = new Set(layout.unplaced);
  const names = new Map(input.communities.map((c) => [c.id, c.name]));
  const rows = input.buildings
    .filter((b) => unplaced.has(b.id))
    .map((b) => ({
      cells: [
        b.address,
        names.get(b.communityId) ?? b.communityId,
        b.eligible ? (labels.get(b.stage) ?? b.stage) : input.words.ineligible,
      ],
      href: href?.(b.id),
    }));
  return {
    caption,
    head: [input.text.unplacedHead(input.words.noun), input.text.community, input.text.progress],
    numeric: [],
    rows:
      rows.length > 0 ? rows : [{ cells: [input.text.noneRow, input.text.allPlaced(input.words.noun), ''] }],
  };
}
