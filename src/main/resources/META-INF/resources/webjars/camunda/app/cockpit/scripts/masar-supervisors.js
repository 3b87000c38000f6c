// Masar in Cockpit (issue 24): what supervisors watch, without leaving Cockpit: bottlenecks (open requests per stage
// by age, time per stage), the two-week promise (R5: requests near and past the deadline, with links to their instance
// pages; decisions within the deadline per month), requests by channel, satisfaction per service and channel, open
// service-recovery cases and inquiries past their two working days. On the dashboard and as a tab of the
// beneficiary journey's definition page. Figures from the application's API (GET /api/dashboard, supervisors and
// administrators); charts drawn by app/masar/charts.js; every value put on the page as text.
import { barChart, legend, lineChart } from '../../masar/charts.js';

const API = '/api/dashboard';
const JOURNEY = 'beneficiary-journey';
const AGE_COLORS = ['#2e7d32', '#f9a825', '#ef6c00', '#c62828'];
const DAY = new Intl.DateTimeFormat('ar-SA-u-ca-gregory-nu-latn', { dateStyle: 'medium' });
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function styles() {
  if (document.getElementById('masar-supervisors-css')) return;
  const link = document.createElement('link');
  link.id = 'masar-supervisors-css';
  link.rel = 'stylesheet';
  link.href = new URL('../../masar/supervisors.css', import.meta.url).href;
  document.head.appendChild(link);
}

// the server's local date-times (Riyadh) shown as dates; the time of day matters less than the day here
function day(localDateTime) {
  return localDateTime ? DAY.format(new Date(localDateTime.substring(0, 10) + 'T12:00:00Z')) : '';
}

// Arabic counts change the noun: يوم واحد، يومان، 3 أيام، 11 يومًا، 100 يوم; fractions take the singular
const plural = new Intl.PluralRules('ar');
const NOUNS = {
  day: { one: 'يوم واحد', two: 'يومان', few: 'أيام', many: 'يومًا', other: 'يوم' },
  hour: { one: 'ساعة واحدة', two: 'ساعتان', few: 'ساعات', many: 'ساعة', other: 'ساعة' }
};

function count(n, noun) {
  const forms = NOUNS[noun];
  const text = n.toLocaleString('ar-SA-u-nu-latn');
  if (!Number.isInteger(n)) return text + ' ' + forms.other;
  const rule = plural.select(n);
  if (rule === 'one' || rule === 'two') return forms[rule];
  return text + ' ' + (rule === 'zero' ? forms.other : forms[rule]);
}

// a duration in hours as people say it: hours under two days, days above
function durationText(hours) {
  if (hours == null) return '—';
  return hours < 48 ? count(Math.round(hours * 10) / 10, 'hour') : count(Math.round((hours / 24) * 10) / 10, 'day');
}

function percentText(value) {
  return value == null ? '—' : Number(value).toLocaleString('ar-SA-u-nu-latn') + '٪';
}

function isoDay(date) {
  return date.toISOString().substring(0, 10);
}

async function load(from, to) {
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const response = await fetch(API + '?' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = 'تعذّر تحميل لوحة المشرفين (' + response.status + ')';
    try {
      const body = await response.json();
      const violations = (body.violations || []).map(v => v.arabic).filter(Boolean);
      message = body.arabic || violations.join('، ') || message;
    } catch (e) {
      if (response.status === 403) message = 'لوحة المشرفين للمشرفين ومديري النظام';
    }
    throw new Error(message);
  }
  return response.json();
}

function section(parent, title, id) {
  const part = el('section', 'masar-sup-section');
  if (id) part.id = id;
  part.appendChild(el('h4', null, title));
  parent.appendChild(part);
  return part;
}

function table(headers, rows) {
  const grid = el('table', 'table table-condensed masar-sup-table');
  const head = grid.appendChild(el('thead')).appendChild(el('tr'));
  headers.forEach(header => head.appendChild(el('th', null, header)));
  const body = grid.appendChild(el('tbody'));
  rows.forEach(row => {
    const line = body.appendChild(el('tr'));
    row.forEach(cell => {
      const td = line.appendChild(el('td'));
      if (cell instanceof Node) td.appendChild(cell);
      else td.textContent = cell === null || cell === undefined ? '' : String(cell);
    });
  });
  return grid;
}

// a link to a process instance's page in Cockpit (hash route), or the reference alone when the instance is unknown
function instanceLink(reference, processInstanceId, className) {
  const text = el('bdi', null, reference);
  text.dir = 'ltr';
  if (!processInstanceId) return text;
  const link = el('a', className);
  link.href = '#/process-instance/' + encodeURIComponent(processInstanceId) + '/runtime';
  link.title = 'فتح الطلب في لوحة المتابعة';
  link.appendChild(text);
  return link;
}

function tile(parent, label, value, tone) {
  const box = el('div', 'masar-sup-tile' + (tone ? ' masar-sup-tile-' + tone : ''));
  box.appendChild(el('div', 'masar-sup-tile-value', value));
  box.appendChild(el('div', 'masar-sup-tile-label', label));
  parent.appendChild(box);
}

function empty(parent, text) {
  parent.appendChild(el('p', 'masar-sup-empty', text));
}

function draw(content, data) {
  content.textContent = '';
  const tiles = el('div', 'masar-sup-tiles');
  tile(tiles, 'طلبات تجاوزت مهلة الأسبوعين', data.deadline.past, data.deadline.past ? 'bad' : 'good');
  tile(tiles, 'طلبات تقترب من نهاية المهلة (خلال ' + data.deadline.nearDays + ' أيام)', data.deadline.near, data.deadline.near ? 'warn' : 'good');
  tile(tiles, 'حالات معالجة ملاحظات مفتوحة', data.recovery.open, data.recovery.open ? 'warn' : 'good');
  tile(tiles, 'استفسارات تجاوزت يومي عمل', data.inquiries.overdue, data.inquiries.overdue ? 'bad' : 'good');
  content.appendChild(tiles);

  // bottlenecks: open requests per stage, stacked by age
  const open = section(content, 'الطلبات المفتوحة في كل مرحلة حسب عمرها منذ تقديمها', 'masar-sup-open');
  const bands = data.ageBands.map((band, i) => ({ name: band.label, color: AGE_COLORS[i] }));
  open.appendChild(barChart(data.openByStage.map(s => ({ label: s.label, values: s.byAge })), bands,
    { stacked: true, title: 'الطلبات المفتوحة في كل مرحلة' }));
  open.appendChild(legend(bands));
  open.appendChild(table(['المرحلة', 'المفتوحة', 'أقدمها (بالأيام)'], data.openByStage.map(s => [s.label, s.open, s.oldestDays])));

  // the two-week promise
  const late = section(content, 'الطلبات القريبة من مهلة الأسبوعين أو المتجاوزة لها', 'masar-sup-late');
  if (!data.deadline.requests.length) {
    empty(late, 'لا توجد طلبات قريبة من نهاية المهلة أو متجاوزة لها.');
  } else {
    late.appendChild(table(['المرجع', 'الحالة', 'الموعد', 'الوقت المتبقي', 'المرحلة', 'القناة', 'تاريخ التقديم'],
      data.deadline.requests.map(r => {
        const state = el('span', 'masar-sup-state masar-sup-state-' + r.state.toLowerCase(), r.stateLabel);
        return [instanceLink(r.reference, r.processInstanceId, 'masar-sup-late-link'), state, day(r.deadline),
          r.hoursLeft < 0 ? 'متأخر ' + durationText(-r.hoursLeft) : 'باقٍ ' + durationText(r.hoursLeft), r.stageLabel, r.channelLabel,
          day(r.submittedAt)];
      })));
    if (data.deadline.requests.length < data.deadline.near + data.deadline.past) {
      late.appendChild(el('p', 'masar-sup-note', 'تُعرض أقدم ' + data.deadline.requests.length + ' طلبات فقط.'));
    }
  }

  const decisions = section(content, 'القرارات الصادرة خلال مهلة الأسبوعين في كل شهر', 'masar-sup-decisions');
  decisions.appendChild(lineChart(data.decisionsByMonth.map(m => ({
    label: m.label, value: m.percent, note: m.withinDeadline + ' من ' + m.decided
  })), { unit: '٪', target: 100, title: 'نسبة القرارات خلال المهلة' }));

  const times = section(content, 'المدة في كل مرحلة (الوسيط والمئين التسعون) للمراحل المنتهية في الفترة', 'masar-sup-times');
  const timeSeries = [{ name: 'الوسيط', color: '#1565c0' }, { name: 'المئين التسعون', color: '#90caf9' }];
  times.appendChild(barChart(data.stageTimes.map(t => ({
    label: t.label,
    values: [t.medianHours, t.p90Hours]
  })), timeSeries, { format: durationText, title: 'المدة في كل مرحلة' }));
  times.appendChild(legend(timeSeries));
  times.appendChild(table(['المرحلة', 'عدد الطلبات', 'الوسيط', 'المئين التسعون'],
    data.stageTimes.map(t => [t.label, t.requests, durationText(t.medianHours), durationText(t.p90Hours)])));

  const channels = section(content, 'الطلبات حسب قناة التواصل', 'masar-sup-channels');
  channels.appendChild(barChart(data.byChannel.map(c => ({ label: c.label, values: [c.requests] })),
    [{ name: 'الطلبات', color: '#6a1b9a' }], { digits: 0, title: 'الطلبات حسب القناة' }));

  const satisfaction = section(content, 'رضا المستفيدين حسب الخدمة وحسب القناة', 'masar-sup-satisfaction');
  const csat = [{ name: 'نسبة الراضين', color: '#00897b' }];
  [['حسب الخدمة', data.satisfactionByService], ['حسب القناة', data.satisfactionByChannel]].forEach(([title, rows]) => {
    satisfaction.appendChild(el('h5', null, title));
    if (!rows.length) {
      empty(satisfaction, 'لا توجد استبانات في هذه الفترة.');
      return;
    }
    satisfaction.appendChild(barChart(rows.map(r => ({ label: r.label, values: [r.csatPercent] })), csat,
      { unit: '٪', title: 'نسبة الراضين ' + title }));
    satisfaction.appendChild(table(['', 'أُرسلت', 'أُجيبت', 'نسبة الراضين', 'متوسط التقييم', 'نسبة الاستجابة'],
      rows.map(r => [r.label, r.sent, r.answered, percentText(r.csatPercent),
        r.averageScore == null ? '—' : Number(r.averageScore).toLocaleString('ar-SA-u-nu-latn'),
        percentText(r.responseRatePercent)])));
  });

  const recovery = section(content, 'حالات معالجة ملاحظات المستفيدين المفتوحة', 'masar-sup-recovery');
  if (!data.recovery.cases.length) empty(recovery, 'لا توجد حالات مفتوحة.');
  else recovery.appendChild(table(['المرجع', 'السبب', 'الخدمة', 'القناة', 'مفتوحة منذ (أيام)'],
    data.recovery.cases.map(c => [instanceLink(c.reference, c.processInstanceId), c.reasonLabel, c.serviceLabel, c.channelLabel, c.daysOpen])));

  const inquiries = section(content, 'الاستفسارات والشكاوى التي تجاوزت يومي عمل دون رد', 'masar-sup-inquiries');
  if (!data.inquiries.items.length) empty(inquiries, 'لا توجد استفسارات متأخرة.');
  else inquiries.appendChild(table(['المرجع', 'النوع', 'القناة', 'تاريخ الاستلام', 'موعد الرد', 'أيام العمل المتأخرة'],
    data.inquiries.items.map(q => [instanceLink(q.reference, q.processInstanceId), q.kindLabel, q.channelLabel, day(q.receivedAt),
      day(q.dueAt), q.workingDaysLate])));
}

function board(node, title) {
  styles();
  node.textContent = '';
  const root = el('div', 'masar-sup');
  root.appendChild(el('h3', null, title));
  const form = el('form', 'form-inline masar-sup-period');
  const fromLabel = el('label', null, 'من');
  const from = el('input', 'form-control');
  from.name = 'from';
  from.placeholder = '2026-09-01';
  from.setAttribute('inputmode', 'numeric');
  fromLabel.appendChild(from);
  const toLabel = el('label', null, 'إلى');
  const to = el('input', 'form-control');
  to.name = 'to';
  to.placeholder = '2026-11-30';
  to.setAttribute('inputmode', 'numeric');
  toLabel.appendChild(to);
  const show = el('button', 'btn btn-default', 'عرض');
  show.type = 'submit';
  const error = el('span', 'masar-sup-error');
  error.setAttribute('role', 'alert');
  form.append(fromLabel, toLabel, show, error);
  root.appendChild(form);
  const content = el('div', 'masar-sup-content', 'جارٍ تحميل الأرقام…');
  root.appendChild(content);
  node.appendChild(root);

  const today = new Date();
  to.value = isoDay(today);
  from.value = isoDay(new Date(today.getTime() - 89 * 86400000));
  async function refresh() {
    error.textContent = '';
    const period = [from.value.trim(), to.value.trim()];
    if (!period.every(value => ISO_DAY.test(value))) {
      error.textContent = 'اكتب التاريخين بالشكل 2026-11-30';
      return;
    }
    try {
      draw(content, await load(period[0], period[1]));
      root.dataset.loaded = 'true';
    } catch (failure) {
      error.textContent = failure.message;
    }
  }
  form.addEventListener('submit', event => {
    event.preventDefault();
    refresh();
  });
  refresh();
}

async function definitionKey(api, processDefinitionId) {
  const response = await fetch(api.engineApi + '/process-definition/' + encodeURIComponent(processDefinitionId),
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? (await response.json()).key : null;
}

export default [{
  id: 'masar-supervisors-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 10,
  render: node => board(node, 'لوحة المشرفين: الاختناقات ومهلة الأسبوعين ورضا المستفيدين')
}, {
  id: 'masar-supervisors-journey',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  // after Cockpit's own tabs: the definition page still opens on its running instances, as supervisors expect
  priority: -10,
  properties: { label: 'لوحة المشرفين' },
  render: async (node, { api, processDefinitionId }) => {
    node.textContent = 'جارٍ التحميل…';
    if ((await definitionKey(api, processDefinitionId)) !== JOURNEY) {
      node.textContent = 'لوحة المشرفين لرحلة المستفيد وحدها.';
      return;
    }
    board(node, 'لوحة المشرفين لرحلة المستفيد');
  }
}];
