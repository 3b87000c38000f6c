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

// POSTs JSON to the application's API; the Arabic of a 400 comes back as the error's message
async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    // the application's API takes changes from the webapp session only with this header (no other site can send it)
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify(body)
  });
  if (!response.ok) throw new Error(await problem(response));
  return response.json();
}

let fieldIds = 0;

/** A labelled control in a form group; the label names the control for screen readers and clicks. */
function field(form, labelText, control) {
  const group = form.appendChild(el('div', 'form-group'));
  const label = group.appendChild(el('label', null, labelText));
  control.id = 'masar-family-field-' + (++fieldIds);
  label.htmlFor = control.id;
  group.appendChild(control);
  return group;
}

function input(name, maxLength, numeric) {
  const box = el('input', 'form-control');
  box.type = 'text';
  box.name = name;
  box.maxLength = maxLength;
  box.autocomplete = 'off';
  if (numeric) {
    box.inputMode = 'decimal';
    box.dir = 'ltr';
  }
  return box;
}

function select(name, options) {
  const list = el('select', 'form-control');
  list.name = name;
  options.forEach(([value, text]) => {
    const option = list.appendChild(el('option', null, text));
    option.value = value;
  });
  return list;
}

// the relations the request form and the API accept (the labels module's "relation" codes), in Arabic
const RELATIONS = [['SPOUSE', 'زوج أو زوجة'], ['SON', 'ابن'], ['DAUGHTER', 'ابنة'], ['FATHER', 'أب'], ['MOTHER', 'أم'],
  ['BROTHER', 'أخ'], ['SISTER', 'أخت'], ['OTHER', 'أخرى']];

// what staff may change: contact data is corrected at once, the rest waits for a supervisor (the API decides)
const CHANGE_KINDS = [['mobile', 'الجوال'], ['address', 'العنوان'], ['district', 'الحي'], ['householdSize', 'عدد أفراد الأسرة'],
  ['monthlyIncome', 'الدخل الشهري'], ['ADD', 'إضافة فرد'], ['CORRECT', 'تصحيح بيانات فرد'], ['REMOVE', 'حذف فرد']];
const MEMBER_ACTIONS = ['ADD', 'CORRECT', 'REMOVE'];
const NUMERIC = ['householdSize', 'monthlyIncome'];
const AT_ONCE = ['mobile', 'address', 'district'];

function orNull(value) {
  const text = value.trim();
  return text === '' ? null : text;
}

/** The form "طلب تعديل بيانات الأسرة" of a registered family: one change with its reason. */
function changeForm(file, reference, redraw) {
  const part = section('طلب تعديل بيانات الأسرة');
  part.classList.add('masar-family-change');
  const form = part.appendChild(el('form', 'masar-family-change-form'));
  const members = (file.household || []).filter(member => member.id !== null && member.id !== undefined);
  // correcting or removing a member needs one listed (the reception view lists none)
  const kinds = CHANGE_KINDS.filter(([code]) => members.length || !['CORRECT', 'REMOVE'].includes(code));
  const kind = select('kind', [['', 'اختر ما يتغير'], ...kinds]);
  field(form, 'ما الذي يتغير', kind);
  const value = input('value', 250, false);
  const valueGroup = field(form, 'القيمة الجديدة', value);
  const who = select('memberId', [['', 'اختر الفرد'], ...members.map(member =>
    [String(member.id), member.name + ' (' + (member.relationLabel || '') + (member.age !== null && member.age !== undefined ? '، ' + member.age + ' سنة' : '') + ')'])]);
  const whoGroup = field(form, 'الفرد', who);
  const memberPart = form.appendChild(el('fieldset', 'masar-family-member'));
  memberPart.appendChild(el('legend', null, 'بيانات الفرد'));
  const name = input('member.name', 200, false);
  const relation = select('member.relation', [['', 'اختر صلة القرابة'], ...RELATIONS]);
  const nationalId = input('member.nationalId', 20, true);
  const age = input('member.age', 3, true);
  const income = input('member.monthlyIncome', 12, true);
  field(memberPart, 'الاسم', name);
  field(memberPart, 'صلة القرابة', relation);
  field(memberPart, 'رقم الهوية (إن وجد)', nationalId);
  field(memberPart, 'العمر', age);
  field(memberPart, 'الدخل الشهري للفرد (إن وجد)', income);
  const reason = el('textarea', 'form-control');
  reason.name = 'reason';
  reason.maxLength = 250;
  reason.rows = 2;
  // not the browser's own check: the API's Arabic message shows beside the form
  reason.setAttribute('aria-required', 'true');
  field(form, 'سبب التعديل ومن طلبه', reason);
  const hint = form.appendChild(el('p', 'help-block masar-family-change-hint'));
  const error = form.appendChild(el('p', 'text-danger masar-family-error masar-family-change-error'));
  error.setAttribute('role', 'alert');
  const send = form.appendChild(el('button', 'btn btn-primary', 'إرسال طلب التعديل'));
  send.type = 'submit';

  function show() {
    const code = kind.value;
    const member = MEMBER_ACTIONS.includes(code);
    // style rather than the hidden attribute, which the webapps' stylesheets may override for form groups
    valueGroup.style.display = !code || member ? 'none' : '';
    whoGroup.style.display = ['CORRECT', 'REMOVE'].includes(code) ? '' : 'none';
    memberPart.style.display = ['ADD', 'CORRECT'].includes(code) ? '' : 'none';
    value.inputMode = NUMERIC.includes(code) ? 'decimal' : 'text';
    value.dir = NUMERIC.includes(code) || code === 'mobile' ? 'ltr' : 'auto';
    hint.textContent = !code ? '' : AT_ONCE.includes(code) ? 'يُطبَّق هذا التعديل فور إرساله ويبقى في سجل الملف.'
      : 'قد يؤثر هذا التعديل في الأهلية: لا يُطبَّق حتى يعتمده المشرف، ثم يُعاد فحص الأهلية.';
  }
  kind.addEventListener('change', show);
  // correcting a member starts from what is registered
  who.addEventListener('change', () => {
    const chosen = members.find(member => String(member.id) === who.value);
    if (!chosen || kind.value !== 'CORRECT') return;
    name.value = chosen.name || '';
    relation.value = chosen.relation || '';
    nationalId.value = chosen.nationalId || '';
    age.value = chosen.age ?? '';
    income.value = chosen.monthlyIncome ?? '';
  });
  show();

  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.textContent = '';
    const code = kind.value;
    if (!code) {
      error.textContent = 'اختر ما الذي يتغير';
      return;
    }
    let body;
    if (MEMBER_ACTIONS.includes(code)) {
      body = { field: 'householdMember', action: code, reason: reason.value };
      if (code !== 'ADD') body.memberId = who.value ? Number(who.value) : null;
      if (code !== 'REMOVE') {
        body.member = { name: orNull(name.value), relation: orNull(relation.value), nationalId: orNull(nationalId.value),
          age: orNull(age.value), monthlyIncome: orNull(income.value) };
      }
    } else {
      body = { field: code, value: orNull(value.value), reason: reason.value };
    }
    send.disabled = true;
    try {
      await postJson(API + '/by-request/' + encodeURIComponent(reference) + '/changes', body);
      redraw();
    } catch (failure) {
      error.textContent = failure.message;
      send.disabled = false;
    }
  });
  return part;
}

/**
 * Changes after registration, kept with who asked and when, the reason, the supervisor's decision and the eligibility
 * found after it; a supervisor approves or rejects, with an optional note, the ones that wait.
 */
function changes(file, redraw) {
  const part = section('تغييرات البيانات بعد التسجيل');
  const grid = part.appendChild(el('table', 'table table-condensed masar-family-table masar-family-changes'));
  const head = grid.appendChild(el('thead')).appendChild(el('tr'));
  ['التغيير', 'القيمة الجديدة', 'السبب', 'طلبه', 'الحالة', 'قرار المشرف', 'الأهلية بعده']
    .forEach(header => head.appendChild(el('th', null, header)));
  const body = grid.appendChild(el('tbody'));
  file.changes.forEach(change => {
    const line = body.appendChild(el('tr'));
    line.dataset.change = String(change.id);
    line.dataset.status = change.status || '';
    line.appendChild(el('td', null, change.actionLabel || change.fieldLabel || ''));
    line.appendChild(el('td', null, change.value ?? ''));
    line.appendChild(el('td', null, change.reason || ''));
    // who and when on lines of their own, so a Latin user id does not reorder the Arabic date around it
    const asked = line.appendChild(el('td'));
    asked.appendChild(el('div', null, change.by || ''));
    asked.appendChild(el('div', 'masar-family-when', when(change.at)));
    line.appendChild(el('td', null, change.statusLabel || ''));
    const decision = line.appendChild(el('td', 'masar-family-decision'));
    if (change.decidedBy) {
      decision.appendChild(el('div', null, change.decidedBy));
      decision.appendChild(el('div', 'masar-family-when', when(change.decidedAt)));
      if (change.decisionNote) decision.appendChild(el('div', 'masar-family-detail', change.decisionNote));
    } else if (change.status === 'AWAITING_SUPERVISOR' && file.canDecideChanges) {
      decide(decision, change, redraw);
    }
    const eligibility = line.appendChild(el('td', null, change.eligibilityLabel || ''));
    if (change.eligibilityReason) eligibility.appendChild(el('div', 'masar-family-detail', change.eligibilityReason));
  });
  return part;
}

function decide(cell, change, redraw) {
  const form = cell.appendChild(el('form', 'masar-family-decide'));
  const note = input('note', 250, false);
  note.placeholder = 'ملاحظة (اختيارية)';
  const label = form.appendChild(el('label', 'sr-only', 'ملاحظة المشرف'));
  note.id = 'masar-family-decide-' + change.id;
  label.htmlFor = note.id;
  form.appendChild(note);
  const approve = form.appendChild(el('button', 'btn btn-success btn-sm', 'اعتماد'));
  approve.type = 'button';
  approve.name = 'approve';
  const reject = form.appendChild(el('button', 'btn btn-danger btn-sm', 'رفض'));
  reject.type = 'button';
  reject.name = 'reject';
  const error = form.appendChild(el('p', 'text-danger masar-family-error'));
  error.setAttribute('role', 'alert');
  const answer = async approved => {
    approve.disabled = reject.disabled = true;
    error.textContent = '';
    try {
      await postJson(API + '/changes/' + encodeURIComponent(change.id) + '/decision',
        { approve: approved, note: orNull(note.value) });
      redraw();
    } catch (failure) {
      error.textContent = failure.message;
      approve.disabled = reject.disabled = false;
    }
  };
  approve.addEventListener('click', () => answer(true));
  reject.addEventListener('click', () => answer(false));
  form.addEventListener('submit', event => event.preventDefault());
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
  const redraw = () => renderFamilyFile(node, reference);
  if ((file.changes || []).length) root.appendChild(changes(file, redraw));
  if (file.canRequestChanges) root.appendChild(changeForm(file, reference, redraw));
  root.appendChild(timeline(file));
  root.appendChild(notes(file, reference, redraw));
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
