// Masar: small SVG charts for the supervisors' plugins in Cockpit (issue 24), drawn here rather than with a library
// from a CDN: horizontal bars (plain, stacked or side by side) and a line over months. Right to left: labels on the
// right, bars grow leftwards, the first month is on the right (in right-to-left SVG text, "start" is a text's right
// edge). Every text is set with textContent, never as markup.

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, String(value)));
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function frame(width, height, title) {
  const svg = svgEl('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'masar-chart', direction: 'rtl' });
  svg.appendChild(svgEl('title', {}, title));
  return svg;
}

// null and undefined alike: the API leaves out what it cannot compute (nothing to divide by)
function missing(value) {
  return value === null || value === undefined || Number.isNaN(value);
}

function number(value, digits) {
  if (missing(value)) return '—';
  return Number(value).toLocaleString('ar-SA-u-nu-latn', { maximumFractionDigits: digits === undefined ? 1 : digits });
}

/** A legend under a chart: one swatch and name per series. */
export function legend(series) {
  const list = document.createElement('ul');
  list.className = 'masar-chart-legend';
  series.forEach(s => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'masar-chart-swatch';
    swatch.style.background = s.color;
    item.append(swatch, document.createTextNode(s.name));
    list.appendChild(item);
  });
  return list;
}

/**
 * Horizontal bars. rows: [{ label, values: [n, ...] }]; series: [{ name, color }] (one per value);
 * options: { title, stacked (values add up in one bar) or side by side, unit (after each value), width, digits }.
 */
export function barChart(rows, series, options = {}) {
  const width = options.width || 620;
  const labelWidth = options.labelWidth || 230;
  const barHeight = options.stacked || series.length === 1 ? 22 : 14;
  const rowHeight = options.stacked || series.length === 1 ? 30 : series.length * (barHeight + 2) + 10;
  const height = rows.length * rowHeight + 12;
  const plotRight = width - labelWidth - 8;
  const plotWidth = plotRight - 60;
  const totals = rows.map(r => (options.stacked ? r.values.reduce((a, b) => a + (b || 0), 0) : Math.max(0, ...r.values.map(v => v || 0))));
  const max = Math.max(1, ...totals);
  const svg = frame(width, height, options.title || '');
  rows.forEach((row, i) => {
    const top = 6 + i * rowHeight;
    svg.appendChild(svgEl('text', { x: width - 4, y: top + rowHeight / 2, 'text-anchor': 'start', 'dominant-baseline': 'middle', class: 'masar-chart-label' }, row.label));
    let offset = 0;
    row.values.forEach((value, s) => {
      const length = ((value || 0) / max) * plotWidth;
      const y = options.stacked || series.length === 1 ? top + (rowHeight - barHeight) / 2 : top + 4 + s * (barHeight + 2);
      const x = plotRight - (options.stacked ? offset : 0) - length;
      if (length > 0) {
        const bar = svgEl('rect', { x, y, width: length, height: barHeight, fill: series[s].color, class: 'masar-chart-bar' });
        bar.appendChild(svgEl('title', {}, `${row.label} — ${series[s].name}: ${options.format ? options.format(value) : number(value, options.digits) + (options.unit || '')}`));
        svg.appendChild(bar);
      }
      if (!options.stacked) {
        const text = missing(value) ? '—' : options.format ? options.format(value) : number(value, options.digits) + (options.unit || '');
        svg.appendChild(svgEl('text', { x: x - 4, y: y + barHeight / 2, 'text-anchor': 'start', 'dominant-baseline': 'middle', class: 'masar-chart-value' }, text));
      }
      offset += length;
    });
    if (options.stacked) {
      svg.appendChild(svgEl('text', { x: plotRight - offset - 4, y: top + rowHeight / 2, 'text-anchor': 'start', 'dominant-baseline': 'middle', class: 'masar-chart-value' },
        number(totals[i], 0)));
    }
  });
  svg.appendChild(svgEl('line', { x1: plotRight, y1: 2, x2: plotRight, y2: height - 2, class: 'masar-chart-axis' }));
  return svg;
}

/**
 * A line over months, the first on the right. points: [{ label, value (null: nothing to show), note }];
 * options: { title, max (default 100), unit, target (a dashed reference line) }.
 */
export function lineChart(points, options = {}) {
  const width = options.width || 620;
  // many months: the month's name alone, on two staggered rows, so neighbours do not overlap
  const crowded = points.length > 6;
  const height = options.height || (crowded ? 270 : 240);
  const top = 30;
  const bottom = height - (crowded ? 76 : 50);
  const left = 50;
  const right = width - 10;
  // the points keep clear of the tick labels on the left and of the edge on the right
  const first = right - 40;
  const last = left + 30;
  const max = options.max || 100;
  const svg = frame(width, height, options.title || '');
  const x = i => (points.length === 1 ? (first + last) / 2 : first - (i * (first - last)) / (points.length - 1));
  const y = v => bottom - (v / max) * (bottom - top);
  [0, 25, 50, 75, 100].map(p => (p * max) / 100).forEach(tick => {
    svg.appendChild(svgEl('line', { x1: left, y1: y(tick), x2: right, y2: y(tick), class: 'masar-chart-grid' }));
    svg.appendChild(svgEl('text', { x: left - 6, y: y(tick), 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'masar-chart-tick', direction: 'ltr' },
      number(tick, 0) + (options.unit || '')));
  });
  if (options.target !== undefined) {
    svg.appendChild(svgEl('line', { x1: left, y1: y(options.target), x2: right, y2: y(options.target), class: 'masar-chart-target' }));
  }
  let path = '';
  points.forEach((point, i) => {
    if (missing(point.value)) return;
    path += (path ? ' L ' : 'M ') + x(i) + ' ' + y(point.value);
  });
  if (path) svg.appendChild(svgEl('path', { d: path, class: 'masar-chart-line' }));
  points.forEach((point, i) => {
    const row = crowded ? (i % 2) * 30 : 0;
    const label = svgEl('text', { x: x(i), y: bottom + 18 + row, 'text-anchor': 'middle', class: 'masar-chart-label' },
      crowded ? point.label.split(' ')[0] : point.label);
    label.appendChild(svgEl('title', {}, point.label));
    svg.appendChild(label);
    if (point.note) svg.appendChild(svgEl('text', { x: x(i), y: bottom + 34 + row, 'text-anchor': 'middle', class: 'masar-chart-note' }, point.note));
    if (missing(point.value)) return;
    const dot = svgEl('circle', { cx: x(i), cy: y(point.value), r: 5, class: 'masar-chart-dot' });
    dot.appendChild(svgEl('title', {}, `${point.label}: ${number(point.value)}${options.unit || ''}`));
    svg.appendChild(dot);
    svg.appendChild(svgEl('text', { x: x(i), y: y(point.value) - 10, 'text-anchor': 'middle', class: 'masar-chart-value' },
      number(point.value) + (options.unit || '')));
  });
  return svg;
}
