import type { Scalar } from './visual-dl';

const W = 560;
const H = 300;
const PAD = { left: 64, right: 16, top: 28, bottom: 40 };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function tick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e4 || a < 1e-3 ? v.toExponential(2) : Number(v.toPrecision(4)).toString();
}

/** One SVG line chart of a tag's points, with axes and min/max labels. */
function chart(tag: string, points: Scalar[]): string {
  const xs = points.map((p) => p.step);
  const ys = points.map((p) => p.value);
  let x0 = Math.min(...xs);
  let x1 = Math.max(...xs);
  let y0 = Math.min(...ys);
  let y1 = Math.max(...ys);
  if (x1 === x0) { x0 -= 1; x1 += 1; }
  if (y1 === y0) { y0 -= Math.abs(y0) * 0.1 || 1; y1 += Math.abs(y1) * 0.1 || 1; }
  const pw = W - PAD.left - PAD.right;
  const ph = H - PAD.top - PAD.bottom;
  const sx = (x: number) => PAD.left + ((x - x0) / (x1 - x0)) * pw;
  const sy = (y: number) => PAD.top + (1 - (y - y0) / (y1 - y0)) * ph;
  const line = points.map((p) => `${sx(p.step).toFixed(1)},${sy(p.value).toFixed(1)}`).join(' ');
  const isEval = tag.startsWith('eval/');
  const color = isEval ? '#d9480f' : '#1c7ed6';
  const dots = points.length <= 60 ? points.map((p) => `<circle cx="${sx(p.step).toFixed(1)}" cy="${sy(p.value).toFixed(1)}" r="3" fill="${color}"><title>${p.step}: ${p.value}</title></circle>`).join('') : '';
  const gridY = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const y = y0 + f * (y1 - y0);
    return `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${sy(y).toFixed(1)}" y2="${sy(y).toFixed(1)}" stroke="#e9ecef"/>` +
      `<text x="${PAD.left - 6}" y="${(sy(y) + 4).toFixed(1)}" text-anchor="end">${tick(y)}</text>`;
  }).join('');
  const last = points[points.length - 1];
  return `<figure><svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(tag)}">
<text x="${PAD.left}" y="18" class="title">${esc(tag)} (last ${tick(last.value)} at ${isEval ? 'epoch' : 'step'} ${last.step})</text>
${gridY}
<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#868e96"/>
<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}" stroke="#868e96"/>
<text x="${PAD.left}" y="${H - PAD.bottom + 16}" text-anchor="start">${tick(x0)}</text>
<text x="${W - PAD.right}" y="${H - PAD.bottom + 16}" text-anchor="end">${tick(x1)}</text>
<text x="${PAD.left + pw / 2}" y="${H - 8}" text-anchor="middle">${isEval ? 'epoch' : 'step'}</text>
<polyline fill="none" stroke="${color}" stroke-width="1.5" points="${line}"/>${dots}
</svg></figure>`;
}

/**
 * A self-contained HTML page (inline SVG and CSS, no script, no network): one row per log name
 * (`loss` first), with the training curve (per step) beside the evaluation curve (per epoch).
 */
export function renderCurvesPage(scalars: readonly Scalar[], title = 'tfjs-hapi training curves'): string {
  const byTag = new Map<string, Scalar[]>();
  for (const s of scalars) {
    const list = byTag.get(s.tag) ?? [];
    list.push(s);
    byTag.set(s.tag, list);
  }
  // One row per log name (loss first), training curve then evaluation curve side by side.
  const names = [...new Set([...byTag.keys()].map((t) => t.slice(t.indexOf('/') + 1)))];
  names.sort((a, b) => (a === 'loss' ? -1 : b === 'loss' ? 1 : a.localeCompare(b)));
  const charts = names
    .map((name) => {
      const row = ['train', 'eval'].map((mode) => byTag.get(`${mode}/${name}`)).filter((pts): pts is Scalar[] => pts !== undefined);
      return `<section><h2>${esc(name)}</h2>${row.map((pts) => chart(pts[0].tag, pts)).join('\n')}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;color:#212529}figure{display:inline-block;margin:8px;vertical-align:top}h2{font-size:16px;margin:16px 8px 0}
svg{background:#fff;border:1px solid #dee2e6}svg text{font-size:11px;fill:#495057}svg text.title{font-size:13px;fill:#212529}</style>
</head><body><h1>${esc(title)}</h1>
<p>${scalars.length} scalars. Raw values: <a href="scalars.csv">scalars.csv</a>, <a href="scalars.jsonl">scalars.jsonl</a>.</p>
${charts || '<p>No values recorded yet.</p>'}
</body></html>
`;
}
