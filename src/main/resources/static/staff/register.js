// The register import and duplicate review page (issue 20); no inline script, so a strict CSP can hold.
'use strict';
const $ = id => document.getElementById(id);
const XHR = { 'X-Requested-With': 'XMLHttpRequest' };
const cell = (text, code) => {
  const td = document.createElement('td');
  td.textContent = text == null || text === '' ? '—' : text;
  if (code) td.className = 'code';
  return td;
};
const when = iso => iso ? new Date(iso).toLocaleString('ar-SA-u-ca-gregory-nu-latn') : '—';
function say(element, text, ok) {
  element.hidden = false;
  element.className = 'message ' + (ok ? 'ok' : 'error');
  element.textContent = text;
}
async function problem(response) {
  if (response.status === 401) return 'سجّل الدخول إلى لوحة المتابعة أو قائمة المهام أولًا';
  if (response.status === 403) return 'هذه الصفحة للمشرفين ومديري النظام';
  const body = await response.json().catch(() => ({}));
  const violations = (body.violations || []).map(v => v.arabic).join('؛ ');
  return violations || body.arabic || 'تعذر تنفيذ الطلب';
}
$('file').addEventListener('change', () => {
  const file = $('file').files[0];
  $('fileName').textContent = file ? file.name : 'لم يُختر ملف بعد';
});
function chosen() {
  const file = $('file').files[0];
  if (!file) { say($('message'), 'اختر ملف السجل أولًا', false); return null; }
  return file;
}
function showRows(rows) {
  const body = document.querySelector('#report tbody');
  body.replaceChildren();
  for (const r of rows) {
    const tr = document.createElement('tr');
    tr.className = r.outcome;
    tr.append(cell(r.row), cell(r.fileNumber, true), cell(r.outcomeLabel), cell(r.reasons.join('؛ ')), cell(r.duplicateOf.join('، ')));
    body.append(tr);
  }
  $('report').hidden = rows.length === 0;
}
$('dryRun').addEventListener('click', async () => {
  const file = chosen();
  if (!file) return;
  say($('message'), 'جارٍ فحص الملف…', true);
  const response = await fetch('/api/register-imports/dry-run?name=' + encodeURIComponent(file.name),
    { method: 'POST', credentials: 'same-origin', headers: XHR, body: file });
  if (!response.ok) { say($('message'), await problem(response), false); showRows([]); return; }
  const report = await response.json();
  say($('message'), 'الفحص دون حفظ: ' + report.rows + ' صفًا، ' + report.families + ' أسرة — مقبول ' + report.accepted
    + '، مرفوض ' + report.refused + '، تكرار محتمل ' + report.duplicates + '، موجود من قبل ' + report.present
    + (report.detailsCut ? ' (عُرضت أول 10000 صف)' : '') + '. لم يُحفظ شيء.', true);
  showRows(report.details);
});
let polling = null;
async function poll() {
  const response = await fetch('/api/register-imports', { credentials: 'same-origin' });
  if (!response.ok) return;
  const list = await response.json();
  const body = document.querySelector('#imports tbody');
  body.replaceChildren();
  for (const i of list) {
    const tr = document.createElement('tr');
    tr.append(cell(i.fileName), cell(i.importedBy), cell(when(i.startedAt)), cell(i.statusLabel),
      cell(i.rowsDone + (i.rowsTotal ? ' من ' + i.rowsTotal : '')), cell(i.familiesWritten), cell(i.refused), cell(i.duplicates));
    body.append(tr);
  }
  const running = list.find(i => i.status === 'RUNNING');
  if (running && running.rowsTotal) {
    $('progressLine').hidden = false;
    $('progress').max = running.rowsTotal;
    $('progress').value = running.rowsDone;
    $('progressText').textContent = running.rowsDone + ' من ' + running.rowsTotal + ' صفًا';
  }
}
$('import').addEventListener('click', async () => {
  const file = chosen();
  if (!file) return;
  say($('message'), 'جارٍ الاستيراد…', true);
  polling = setInterval(poll, 1500);
  const response = await fetch('/api/register-imports?name=' + encodeURIComponent(file.name),
    { method: 'POST', credentials: 'same-origin', headers: XHR, body: file });
  clearInterval(polling);
  $('progressLine').hidden = true;
  await poll();
  if (!response.ok) { say($('message'), await problem(response), false); return; }
  const summary = await response.json();
  if (summary.unchanged) {
    say($('message'), 'استُورد هذا الملف من قبل (' + when(summary.finishedAt) + '، ' + summary.importedBy + '): لم يتغير شيء.', true);
  } else {
    say($('message'), 'اكتمل الاستيراد: ' + summary.familiesWritten + ' أسرة و' + summary.membersWritten + ' فردًا؛ مرفوض '
      + summary.refused + ' صفًا، تكرار محتمل ' + summary.duplicates + '، موجود من قبل ' + summary.present + '.', true);
  }
  const detail = await fetch('/api/register-imports/' + summary.id, { credentials: 'same-origin' });
  if (detail.ok) showRows((await detail.json()).rows || []);
  loadReview();
});

function familyCard(title, f) {
  const box = document.createElement('div');
  const h = document.createElement('h4');
  h.textContent = f ? (f.registered ? 'ملف الأسرة ' : 'طلب لم يُسجَّل بعد ') + f.key : title;
  box.append(h);
  if (!f) { const p = document.createElement('p'); p.textContent = 'غير موجود (دُمج أو أُغلق)'; box.append(p); return box; }
  const dl = document.createElement('dl');
  const rows = [['الاسم', f.name], ['رقم الهوية', f.nationalId, true], ['الجوال', f.mobile, true],
    ['تاريخ الميلاد', f.dateOfBirth, true], ['المدينة', f.city], ['الحي', f.district]];
  if (!f.registered) rows.push(['مرحلة الطلب', f.stageLabel]);
  for (const [label, value, code] of rows) {
    const dt = document.createElement('dt'); dt.textContent = label;
    const dd = document.createElement('dd'); dd.textContent = value || '—';
    if (code) dd.className = 'code';
    dl.append(dt, dd);
  }
  box.append(dl);
  return box;
}
/** What a merge moved, in words: only the kinds that moved. */
function moved(m) {
  const parts = [[m.requests, 'طلب'], [m.deliveries, 'صرف'], [m.inquiries, 'استفسار'], [m.followUps, 'متابعة'],
    [m.notes, 'ملاحظة'], [m.changes, 'تعديل']].filter(([n]) => n > 0).map(([n, what]) => n + ' ' + what);
  return parts.length ? parts.join('، ') : 'لا شيء';
}
function button(text, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', action);
  return b;
}
async function decide(url, body, done) {
  const response = await fetch(url, { method: 'POST', credentials: 'same-origin',
    headers: Object.assign({ 'Content-Type': 'application/json' }, XHR), body: body ? JSON.stringify(body) : null });
  if (!response.ok) { say($('reviewMessage'), await problem(response), false); return; }
  say($('reviewMessage'), done(await response.json()), true);
  loadReview();
}
$('reviewFilter').addEventListener('submit', event => { event.preventDefault(); loadReview(); });
let reviewLoads = 0;
async function loadReview() {
  const load = ++reviewLoads;  // only the latest load draws: an earlier, slower answer must not replace a filtered one
  const about = $('about').value.trim();
  const response = await fetch('/api/register-imports/duplicates' + (about ? '?about=' + encodeURIComponent(about) : ''),
    { credentials: 'same-origin' });
  if (load !== reviewLoads) return;
  if (!response.ok) { say($('reviewMessage'), await problem(response), false); return; }
  const pairs = await response.json();
  if (load !== reviewLoads) return;
  const list = $('pairs');
  list.replaceChildren();
  list.dataset.about = about;
  if (pairs.length === 0) { const p = document.createElement('p'); p.textContent = 'لا تكرار محتمل ينتظر المراجعة.'; list.append(p); }
  for (const pair of pairs) {
    const box = document.createElement('section');
    box.className = 'pair';
    box.dataset.pair = pair.id;
    const h = document.createElement('h3');
    h.textContent = 'من ' + pair.sourceLabel + ': ' + pair.reason;
    const actions = document.createElement('div');
    actions.className = 'actions';
    for (const { keep, fileNumber } of pair.keepOptions) {
      actions.append(button('دمج الأسرتين في الملف ' + fileNumber, () => decide('/api/register-imports/duplicates/' + pair.id + '/merge',
        { keep }, m => 'دُمج ' + (m.mergedFile.startsWith('HY-F-') ? 'الملف ' : 'الطلب ') + m.mergedFile + ' في ' + m.keptFile
          + ': انتقل ' + moved(m) + '.')));
    }
    actions.append(button('أسرتان مختلفتان', () => decide('/api/register-imports/duplicates/' + pair.id + '/different', null,
      () => 'سُجّل أنهما أسرتان مختلفتان؛ لن يُنبَّه عليهما ثانية.')));
    box.append(h, familyCard('الأسرة', pair.family), familyCard('قد تكون نفسها', pair.other));
    if (pair.note) { const p = document.createElement('p'); p.className = 'note'; p.textContent = pair.note; box.append(p); }
    box.append(actions);
    list.append(box);
  }
  const merges = await fetch('/api/register-imports/merges', { credentials: 'same-origin' });
  const body = document.querySelector('#merges tbody');
  body.replaceChildren();
  if (!merges.ok) return;
  for (const m of await merges.json()) {
    const tr = document.createElement('tr');
    tr.dataset.merge = m.id;
    tr.append(cell(m.keptFile, true), cell(m.mergedFile, true), cell(moved(m)), cell(m.mergedBy),
      cell(m.undoneAt ? 'أُلغي (' + m.undoneBy + ')' : 'مدموج منذ ' + when(m.mergedAt)));
    const td = document.createElement('td');
    if (m.undoable) {
      td.append(button('إلغاء الدمج', () => decide('/api/register-imports/merges/' + m.id + '/undo', null,
        u => 'أُلغي الدمج: عاد ' + u.mergedFile + ' بكل ما انتقل منه (' + moved(u) + ').')));
    }
    tr.append(td);
    body.append(tr);
  }
}
poll();
loadReview();
