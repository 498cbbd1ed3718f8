// Illustrative "photos" for the sample, drawn as SVG: flat scenes of buildings, boards and elevators,
// with no people, each marked 示意图 so nobody takes them for real photographs.

export type SceneKind =
  | 'group'
  | 'survey'
  | 'vote'
  | 'notice'
  | 'permit'
  | 'construction'
  | 'foundation'
  | 'shaft'
  | 'in_service'
  | 'elevator_door'
  | 'subsidy';

export const SCENE_WIDTH = 1200;
export const SCENE_HEIGHT = 800;

interface Palette {
  skyTop: string;
  skyBottom: string;
  wall: string;
  ground: string;
}

export const PALETTES: Record<'morning' | 'noon' | 'dusk', Palette> = {
  morning: { skyTop: '#9cc9ec', skyBottom: '#e8f1f7', wall: '#e4d6bf', ground: '#b9b2a4' },
  noon: { skyTop: '#5fa8de', skyBottom: '#cfe6f5', wall: '#efe3cf', ground: '#a9a397' },
  dusk: { skyTop: '#3f5a8a', skyBottom: '#f2b880', wall: '#d8c3a5', ground: '#8f877b' },
};

const W = SCENE_WIDTH;
const H = SCENE_HEIGHT;
const GROUND = 640;

function sky(p: Palette): string {
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyBottom}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#sky)"/><rect y="${GROUND}" width="${W}" height="${H - GROUND}" fill="${p.ground}"/>`;
}

/** A seven-storey walk-up: wall, window grid, roof line, stair windows in the middle. */
function building(x: number, width: number, p: Palette, floors = 7): string {
  const floorH = 72;
  const top = GROUND - floors * floorH;
  let s = `<rect x="${x}" y="${top}" width="${width}" height="${floors * floorH}" fill="${p.wall}"/>`;
  s += `<rect x="${x - 8}" y="${top - 14}" width="${width + 16}" height="16" fill="#8c7b66"/>`;
  const cols = Math.floor(width / 110);
  for (let f = 0; f < floors; f += 1) {
    for (let c = 0; c < cols; c += 1) {
      const wx = x + 28 + c * ((width - 56) / cols);
      const wy = top + 16 + f * floorH;
      s += `<rect x="${wx}" y="${wy}" width="64" height="40" fill="#6f8fa8" stroke="#f4efe6" stroke-width="4"/>`;
      s += `<rect x="${wx - 6}" y="${wy + 42}" width="76" height="6" fill="#b9a88f"/>`;
    }
  }
  return s;
}

function label(): string {
  return `<rect x="${W - 250}" y="${H - 64}" width="226" height="42" rx="8" fill="#000" fill-opacity="0.55"/>
<text x="${W - 137}" y="${H - 35}" font-family="Noto Sans CJK SC, sans-serif" font-size="22" fill="#fff" text-anchor="middle">示意图 · 非真实照片</text>`;
}

function board(x: number, y: number, w: number, h: number, title: string, red = false): string {
  let s = `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="#2f6b4f"/>`;
  s += `<rect x="${x + 18}" y="${y + 18}" width="${w - 36}" height="${h - 36}" fill="#f7f3e8"/>`;
  s += `<text x="${x + w / 2}" y="${y + 78}" font-family="Noto Sans CJK SC, sans-serif" font-size="44" font-weight="bold" fill="${red ? '#b3261e' : '#1d3b2c'}" text-anchor="middle">${title}</text>`;
  for (let i = 0; i < 6; i += 1) {
    const lw = w - 120 - ((i * 37) % 90);
    s += `<rect x="${x + 60}" y="${y + 120 + i * 36}" width="${lw}" height="12" rx="6" fill="#9aa3a8"/>`;
  }
  return s;
}

function tree(x: number, scale = 1): string {
  const r = 90 * scale;
  return `<rect x="${x - 16 * scale}" y="${GROUND - 220 * scale}" width="${32 * scale}" height="${220 * scale}" fill="#6b4f35"/>
<circle cx="${x}" cy="${GROUND - 260 * scale}" r="${r * 1.4}" fill="#4f8a4a"/>
<circle cx="${x - r}" cy="${GROUND - 220 * scale}" r="${r}" fill="#5d9955"/>
<circle cx="${x + r}" cy="${GROUND - 230 * scale}" r="${r}" fill="#467f42"/>`;
}

function shaft(x: number, p: Palette, glass: boolean): string {
  const top = GROUND - 7 * 72 - 40;
  let s = `<rect x="${x}" y="${top}" width="150" height="${GROUND - top}" fill="${glass ? '#bcd9e8' : 'none'}" stroke="#4b5b66" stroke-width="10"/>`;
  for (let y = top + 72; y < GROUND; y += 72) {
    s += `<line x1="${x}" y1="${y}" x2="${x + 150}" y2="${y}" stroke="#4b5b66" stroke-width="6"/>`;
    if (!glass)
      s += `<line x1="${x}" y1="${y - 72}" x2="${x + 150}" y2="${y}" stroke="#4b5b66" stroke-width="4"/>`;
  }
  if (glass)
    s += `<rect x="${x + 30}" y="${GROUND - 300}" width="90" height="110" fill="${p.wall}" stroke="#4b5b66" stroke-width="4"/>`;
  return s;
}

function cone(x: number): string {
  return `<polygon points="${x},${GROUND + 60} ${x + 22},${GROUND} ${x + 44},${GROUND + 60}" fill="#e8692c"/><rect x="${x + 10}" y="${GROUND + 24}" width="24" height="8" fill="#fff"/>`;
}

/** The SVG of one scene. */
export function sceneSvg(kind: SceneKind, palette: Palette): string {
  const p = palette;
  let body = '';
  switch (kind) {
    case 'group':
      body = building(620, 520, p) + tree(330, 1.3);
      body += `<ellipse cx="330" cy="${GROUND + 70}" rx="130" ry="30" fill="#9c9488"/><rect x="230" y="${GROUND + 10}" width="200" height="40" rx="10" fill="#8a8276"/>`;
      for (const dx of [-170, 170, -60, 60])
        body += `<rect x="${320 + dx}" y="${GROUND + 60}" width="36" height="44" rx="8" fill="#7a7267"/>`;
      body += board(40, 200, 230, 290, '筹备组');
      break;
    case 'survey':
      body = building(300, 620, p);
      body += `<line x1="160" y1="${GROUND + 120}" x2="200" y2="${GROUND - 10}" stroke="#333" stroke-width="6"/><line x1="240" y1="${GROUND + 120}" x2="200" y2="${GROUND - 10}" stroke="#333" stroke-width="6"/><rect x="178" y="${GROUND - 40}" width="48" height="34" fill="#f2c230"/>`;
      body += `<line x1="920" y1="${GROUND + 40}" x2="1180" y2="${GROUND + 40}" stroke="#f2c230" stroke-width="8" stroke-dasharray="30 10"/>`;
      body += cone(960) + cone(1100);
      break;
    case 'vote':
      body = `<rect width="${W}" height="${H}" fill="#efe6d6"/><rect y="520" width="${W}" height="280" fill="#b08a62"/>`;
      body += `<rect x="120" y="120" width="960" height="90" fill="#b3261e"/><text x="600" y="182" font-family="Noto Sans CJK SC, sans-serif" font-size="52" font-weight="bold" fill="#fff" text-anchor="middle">加装电梯业主表决会</text>`;
      body += `<rect x="460" y="330" width="280" height="220" fill="#c9302c"/><rect x="540" y="320" width="120" height="14" fill="#222"/><text x="600" y="460" font-family="Noto Sans CJK SC, sans-serif" font-size="48" font-weight="bold" fill="#fff" text-anchor="middle">票箱</text>`;
      for (let i = 0; i < 4; i += 1)
        body += `<rect x="${140 + i * 60}" y="${560 + (i % 2) * 20}" width="180" height="120" fill="#fff" transform="rotate(${-8 + i * 5} ${230 + i * 60} 620)"/>`;
      body += `<rect x="900" y="600" width="160" height="12" rx="6" fill="#234" transform="rotate(-20 980 606)"/>`;
      return wrap(body);
    case 'notice':
      body = building(60, 560, p) + board(680, 170, 440, 420, '批前公示');
      break;
    case 'permit':
      body = building(60, 560, p) + board(680, 170, 440, 420, '规划许可证', true);
      body += `<circle cx="1010" cy="500" r="56" fill="none" stroke="#b3261e" stroke-width="8"/>`;
      break;
    case 'construction':
      body = building(360, 620, p) + shaft(200, p, false);
      body += `<line x1="120" y1="40" x2="120" y2="${GROUND}" stroke="#f2c230" stroke-width="16"/><line x1="60" y1="60" x2="760" y2="60" stroke="#f2c230" stroke-width="14"/><line x1="500" y1="60" x2="500" y2="200" stroke="#333" stroke-width="4"/>`;
      for (let i = 0; i < 6; i += 1)
        body += `<rect x="${i * 200}" y="${GROUND - 20}" width="196" height="110" fill="#2d6db5"/>`;
      body += `<text x="600" y="${GROUND + 60}" font-family="Noto Sans CJK SC, sans-serif" font-size="46" font-weight="bold" fill="#fff" text-anchor="middle">施工中 注意安全</text>`;
      break;
    case 'foundation':
      body = building(520, 620, p);
      body += `<polygon points="80,${GROUND} 480,${GROUND} 430,${GROUND + 120} 130,${GROUND + 120}" fill="#7a5a3c"/>`;
      body += `<rect x="170" y="${GROUND - 150}" width="210" height="110" rx="12" fill="#f2b01e"/><rect x="120" y="${GROUND - 50}" width="300" height="50" rx="25" fill="#333"/><line x1="350" y1="${GROUND - 130}" x2="470" y2="${GROUND - 260}" stroke="#f2b01e" stroke-width="26"/><line x1="470" y1="${GROUND - 260}" x2="500" y2="${GROUND - 40}" stroke="#f2b01e" stroke-width="20"/>`;
      body += cone(1000) + cone(1100);
      break;
    case 'shaft':
      body = building(360, 620, p) + shaft(200, p, false);
      body += `<rect x="150" y="${GROUND - 40}" width="260" height="40" fill="#999"/>`;
      break;
    case 'in_service':
      body = building(360, 620, p) + shaft(200, p, true);
      body += `<path d="M170 ${GROUND - 230} Q275 ${GROUND - 170} 380 ${GROUND - 230}" stroke="#d32f2f" stroke-width="14" fill="none"/><circle cx="275" cy="${GROUND - 192}" r="26" fill="#d32f2f"/>`;
      body += `<rect x="140" y="80" width="300" height="70" fill="#d32f2f"/><text x="290" y="130" font-family="Noto Sans CJK SC, sans-serif" font-size="40" font-weight="bold" fill="#fff3c4" text-anchor="middle">电梯启用</text>`;
      break;
    case 'elevator_door':
      body = `<rect width="${W}" height="${H}" fill="${p.wall}"/><rect y="700" width="${W}" height="100" fill="#8d8478"/>`;
      body += `<rect x="360" y="120" width="480" height="580" fill="#6d7780"/><rect x="390" y="150" width="420" height="550" fill="#fff6dc"/>`;
      body += `<rect x="390" y="150" width="110" height="550" fill="#b8c0c6"/><rect x="700" y="150" width="110" height="550" fill="#b8c0c6"/>`;
      body += `<rect x="880" y="330" width="70" height="140" rx="10" fill="#444"/><circle cx="915" cy="370" r="18" fill="#f2c230"/><circle cx="915" cy="430" r="18" fill="#ddd"/>`;
      body += `<rect x="540" y="60" width="120" height="50" fill="#222"/><text x="600" y="98" font-family="Noto Sans CJK SC, sans-serif" font-size="36" fill="#ff6b3d" text-anchor="middle">▲ 7</text>`;
      return wrap(body);
    case 'subsidy':
      body = building(60, 560, p) + board(680, 150, 440, 440, '补贴到账公示', true);
      break;
  }
  return wrap(sky(p) + body);
}

function wrap(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}${label()}</svg>`;
}
