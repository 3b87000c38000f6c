// Masar: the family file (ملف الأسرة) and the family search, drawn from the application's API
// (/api/family-files/..., need-to-know decided there) for Tasklist's task tab, Tasklist's search page and Cockpit's
// process-instance tab. Every value is put on the page as text, never as markup.

const API = '/api/family-files';

const DATE = new Intl.DateTimeFormat('ar-SA-u-ca-gregory-nu-latn', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Riyadh' });
const DAY = new Intl.DateTimeFormat('ar-SA-u-ca-gregory-nu-latn', { dateStyle: 'medium', timeZone: 'Asia/Riyadh' });

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// numbers, masked IDs and references read left to right inside the Arabic page (a mobile's "+" stays in front)
function isolated(value) {
  const node = el('bdi', null, value);
  node.dir = 'ltr';
  return node;
}

function when(instant) {
  return instant ? DATE.format(new Date(instant)) : '';
}

function day(date) {
  return date ? DAY.format(new Date(date + 'T12:00:00Z')) : '';
}

async function problem(response) {
  try {
    // the API's problem details carry the Arabic beside the English (common/Problems)
    const body = await response.json();
    const violations = (body.violations || []).map(violation => violation.arabic).filter(Boolean);
    return body.arabic || violations.join('، ') || 'تعذّر الطلب (' + response.status + ')';
  } catch (e) {
    return response.status === 404 ? 'لا يوجد ملف أسرة بهذا المرجع' : 'تعذّر الطلب (' + response.status + ')';
  }
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(await problem(response));
  return response.json();
}

function facts(pairs) {
  const list = el('dl', 'masar-family-facts');
  pairs.filter(([, value]) => value !== undefined && value !== null && value !== '').forEach(([label, value]) => {
    list.appendChild(el('dt', null, label));
    list.appendChild(el('dd')).appendChild(/^[+\d*\s-]+$/.test(String(value)) ? isolated(value) : document.createTextNode(String(value)));
  });
  return list;
}

function section(title) {
  const part = el('section', 'masar-family-section');
  part.appendChild(el('h4', null, title));
  return part;
}

function table(headers, rows) {
  const grid = el('table', 'table table-condensed masar-family-table');
  const head = grid.appendChild(el('thead')).appendChild(el('tr'));
  headers.forEach(header => head.appendChild(el('th', null, header)));
  const body = grid.appendChild(el('tbody'));
  rows.forEach(row => {
    const line = body.appendChild(el('tr'));
    row.forEach(cell => line.appendChild(el('td', null, cell)));
  });
  return grid;
}

function clockText(clock) {
  if (!clock) return '';
  return [clock.label, clock.deadlineDate ? 'الموعد ' + day(clock.deadlineDate) : '', clock.deadlineHijri || '']
    .filter(Boolean).join(' · ');
}

function requests(file) {
  const part = section('الطلبات');
  part.appendChild(table(['المرجع', 'المرحلة', 'القناة', 'نوع الدعم', 'تاريخ التقديم', 'مهلة اللجنة (أسبوعان)', 'القرار', 'رقم الملف'],
    (file.requests || []).map(request => [
      request.reference,
      request.stageLabel + ((request.missingInformation || []).length ? ': ' + request.missingInformation.join('، ') : ''),
      request.channelLabel || '',
      request.supportTypeLabel || '',
      when(request.submittedAt),
      clockText(request.clock),
      request.decision ? [request.decision.outcomeLabel, request.decision.number].filter(Boolean).join(' ') : '',
      request.fileNumber || ''
    ])));
  return part;
}

function timeline(file) {
  const part = section('ما جرى');
  const list = part.appendChild(el('ol', 'masar-family-timeline'));
  (file.timeline || []).forEach(event => {
    const item = list.appendChild(el('li'));
    item.appendChild(el('span', 'masar-family-when', when(event.at)));
    item.appendChild(el('strong', null, event.kindLabel));
    item.appendChild(el('span', null, ' ' + (event.title || '')));
    if (event.by) item.appendChild(el('span', 'masar-family-by', ' (' + event.by + ')'));
    if (event.statusLabel) item.appendChild(el('span', 'label label-default', event.statusLabel));
    if (event.detail) item.appendChild(el('div', 'masar-family-detail', event.detail));
  });
  if (!list.children.length) part.appendChild(el('p', 'text-muted', 'لا شيء بعد'));
  return part;
}

function notes(file, reference, redraw) {
  const part = section('ملاحظات الحالة');
  const list = part.appendChild(el('ul', 'masar-family-notes'));
  (file.notes || []).forEach(note => {
    const item = list.appendChild(el('li'));
    item.appendChild(el('span', 'masar-family-when', when(note.at) + ' · ' + note.by));
    item.appendChild(el('p', null, note.text));
  });
  const form = part.appendChild(el('form', 'masar-family-note-form'));
  const label = form.appendChild(el('label', null, 'ملاحظة جديدة'));
  const box = el('textarea', 'form-control');
  box.id = 'masar-family-note-' + Math.random().toString(36).slice(2);
  box.maxLength = 2000;
  box.rows = 3;
  label.htmlFor = box.id;
  form.appendChild(box);
  const error = form.appendChild(el('p', 'text-danger masar-family-error'));
  error.setAttribute('role', 'alert');
  const add = form.appendChild(el('button', 'btn btn-default', 'إضافة الملاحظة'));
  add.type = 'submit';
  form.addEventListener('submit', async event => {
    event.preventDefault();
    add.disabled = true;
    error.textContent = '';
    try {
      const response = await fetch(API + '/by-request/' + encodeURIComponent(reference) + '/notes', {
        method: 'POST',
        credentials: 'same-origin',
        // the application's API takes changes from the webapp session only with this header (no other site can send it)
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
        body: JSON.stringify({ text: box.value })
      });
      if (!response.ok) throw new Error(await problem(response));
      redraw();
    } catch (failure) {
      error.textContent = failure.message;
      add.disabled = false;
    }
  });
  return part;
}

/** Draws the file of the family that made request {@code reference} into {@code node}. */
export async function renderFamilyFile(node, reference) {
  const root = el('div', 'masar-family');
  node.replaceChildren(root);
  root.appendChild(el('p', 'text-muted', 'جارٍ تحميل ملف الأسرة…'));
  let file;
  try {
    file = await getJson(API + '/by-request/' + encodeURIComponent(reference));
  } catch (failure) {
    root.replaceChildren(el('p', 'text-warning masar-family-error', failure.message));
    return;
  }
  const applicant = file.applicant || {};
  root.replaceChildren();
  const title = root.appendChild(el('h3', null, 'ملف الأسرة: ' + (applicant.name || '')));
  title.appendChild(el('small', 'masar-family-view', ' ' + (file.viewLabel || '')));
  root.appendChild(facts([
    ['رقم الهوية', applicant.nationalId], ['الجوال', applicant.mobile], ['رقم الملف', applicant.fileNumber],
    ['المدينة', applicant.city], ['الحي', applicant.district], ['العنوان', applicant.address],
    ['الجنسية', applicant.nationalityLabel], ['عدد أفراد الأسرة', applicant.householdSize],
    ['الدخل الشهري', applicant.monthlyIncome]
  ]));
  if (file.eligibilityReview) root.appendChild(el('p', 'alert alert-warning masar-family-review', file.eligibilityReview));
  root.appendChild(requests(file));
  if ((file.household || []).length) {
    const part = root.appendChild(section('أفراد الأسرة'));
    part.appendChild(table(['الاسم', 'صلة القرابة', 'العمر', 'الدخل الشهري'],
      file.household.map(member => [member.name, member.relationLabel || '', member.age ?? '', member.monthlyIncome ?? ''])));
  }
  if ((file.changes || []).length) {
    // changes after registration, kept with who asked, the supervisor's decision and the eligibility found after it
    const part = root.appendChild(section('تغييرات البيانات بعد التسجيل'));
    part.appendChild(table(['التغيير', 'القيمة الجديدة', 'السبب', 'طلبه', 'الحالة', 'الأهلية بعده'],
      file.changes.map(change => [change.actionLabel || change.fieldLabel || '', change.value ?? '', change.reason || '',
        change.by || '', change.statusLabel || '', change.eligibilityLabel || ''])));
  }
  root.appendChild(timeline(file));
  root.appendChild(notes(file, reference, () => renderFamilyFile(node, reference)));
}

/** The staff's search: one box for a national ID, name, mobile or reference; a result opens its file below. */
export function renderFamilySearch(node) {
  const root = el('div', 'masar-family masar-family-search');
  node.replaceChildren(root);
  root.appendChild(el('h2', null, 'البحث عن أسرة'));
  const form = root.appendChild(el('form', 'form-inline'));
  form.setAttribute('role', 'search');
  const label = form.appendChild(el('label', null, 'رقم الهوية أو الاسم أو الجوال أو المرجع أو رقم الملف'));
  const box = el('input', 'form-control');
  box.type = 'search';
  box.id = 'masar-family-query';
  box.maxLength = 100;
  box.autocomplete = 'off';
  label.htmlFor = box.id;
  form.appendChild(box);
  const go = form.appendChild(el('button', 'btn btn-primary', 'بحث'));
  go.type = 'submit';
  const status = root.appendChild(el('p', 'masar-family-status'));
  status.setAttribute('role', 'status');
  const results = root.appendChild(el('ul', 'masar-family-results'));
  const file = root.appendChild(el('div', 'masar-family-opened'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    results.replaceChildren();
    file.replaceChildren();
    status.textContent = 'جارٍ البحث…';
    try {
      const hits = await getJson(API + '/search?q=' + encodeURIComponent(box.value));
      status.textContent = hits.length ? 'النتائج: ' + hits.length : 'لا توجد نتائج';
      hits.forEach(hit => {
        const item = results.appendChild(el('li'));
        const open = item.appendChild(el('button', 'btn btn-link masar-family-hit', hit.name || hit.reference));
        open.type = 'button';
        [hit.nationalId, hit.mobile, hit.reference, hit.fileNumber].filter(Boolean).forEach(value => {
          item.appendChild(document.createTextNode(' · '));
          item.appendChild(isolated(value));
        });
        if (hit.stageLabel) item.appendChild(document.createTextNode(' · ' + hit.stageLabel));
        open.addEventListener('click', () => renderFamilyFile(file, hit.reference));
      });
    } catch (failure) {
      status.textContent = failure.message;
    }
  });
  box.focus();
}

/** A reference found through the family search: an inquiry's own reference (HY-Q-…) finds the family that asked. */
async function throughSearch(reference) {
  if (!reference.startsWith('HY-Q-')) return reference;
  const hits = await getJson(API + '/search?q=' + encodeURIComponent(reference));
  return hits.length ? hits[0].reference : reference;
}

/**
 * The request a task is about, from the variables the task may read (staff may not read process instances): an
 * inquiry's requestReference when it asks about a request, otherwise the process's referenceNumber.
 */
export async function referenceOfTask(engineApi, taskId) {
  const variables = await getJson(engineApi + '/task/' + encodeURIComponent(taskId)
    + '/variables?deserializeValues=false&variableNames=referenceNumber,requestReference');
  const linked = (variables.requestReference || {}).value;
  return throughSearch(linked || (variables.referenceNumber || {}).value || '');
}

/** The request a process instance is about (Cockpit: supervisors read instances), by its business key. */
export async function referenceOfInstance(engineApi, processInstanceId) {
  const instance = await getJson(engineApi + '/process-instance/' + encodeURIComponent(processInstanceId));
  return throughSearch(instance.businessKey || '');
}
