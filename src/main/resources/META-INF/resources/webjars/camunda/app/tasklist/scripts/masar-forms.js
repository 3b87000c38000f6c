// Masar in Tasklist: the Camunda Forms as staff type them, in Arabic. Tasklist 7.24 embeds form-js 1.8.7; where that
// library falls short this script works around it on the page, without changing what the form submits.
const angular = window.angular;

// ---------------------------------------------------------------------------------------------------------------
// 1. Repeating lists ("أفراد الأسرة"): form-js 1.8.7 leaves an empty error entry per edited list field
//    ({"Field_memberName": []}, bpmn-io/form-js issue 1494, fixed only in later releases), and Tasklist disables
//    "Complete" while the errors object has any key. Tasklist's form controller is told "invalid" only while the form
//    shows an error message (form-js shows exactly the non-empty entries); submitting still runs form-js's own full
//    validation, which builds a clean errors object, so nothing invalid can be completed.
function workAroundEmptyErrors(host) {
  const controller = angular && angular.element(host).controller('camTasklistForm');
  if (!controller || controller.masarErrorsWorkaround) {
    return;
  }
  controller.masarErrorsWorkaround = true;
  const report = controller.notifyFormValidated.bind(controller);
  let claimedInvalid = false;
  let reported;
  let scheduled = false;
  const decide = () => {
    scheduled = false;
    const failure = (controller.getTasklistForm() || {}).$error;
    const invalid = claimedInvalid && (!!failure || !!host.querySelector('.fjs-form-field-error, .masar-field-error'));
    if (invalid !== reported) {
      reported = invalid;
      report(invalid);
    }
  };
  const later = () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(decide);
    }
  };
  controller.notifyFormValidated = invalid => {
    claimedInvalid = invalid;
    reported = undefined;
    decide();
    later();
  };
  // error messages are rendered after the change event that reported them
  new MutationObserver(later).observe(host, { childList: true, subtree: true });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. form-js's own English texts, in Arabic
const TEXTS = {
  'Select': 'اختر',
  'Search': 'بحث',
  'No results': 'لا نتائج',
  'All values selected': 'اختيرت كل القيم',
  'Add new': 'إضافة فرد',
  'Collapse': 'طيّ القائمة',
  'Increment': 'زيادة',
  'Decrement': 'إنقاص',
  'Field is required.': 'هذا الحقل مطلوب.',
  'Field must be a valid email.': 'اكتب بريدًا إلكترونيًا صحيحًا.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)': 'اكتب رقم هاتف صحيحًا.'
};
const PATTERNS = [
  [/^Field must match pattern .*\.$/s, () => 'لا يُقرأ بهذه الصيغة: اكتبه كما في الوصف تحت الحقل.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => 'أقل قيمة مقبولة: ' + m[1] + '.'],
  [/^Field must have maximum value of (.+)\.$/, (m) => 'أكبر قيمة مقبولة: ' + m[1] + '.'],
  [/^Field must have minimum length of (.+)\.$/, (m) => 'أقل عدد من الأحرف: ' + m[1] + '.'],
  [/^Field must have maximum length of (.+)\.$/, (m) => 'أكثر عدد من الأحرف: ' + m[1] + '.'],
  [/^Expand all \((\d+)\)$/, (m) => 'عرض الكل (' + m[1] + ')'],
  [/^Remove list item (\d+)$/, (m) => 'حذف الفرد ' + m[1]]
];

function arabic(text) {
  const key = text.trim();
  if (!key) {
    return null;
  }
  if (Object.prototype.hasOwnProperty.call(TEXTS, key)) {
    return TEXTS[key];
  }
  for (const [pattern, replace] of PATTERNS) {
    const m = key.match(pattern);
    if (m) {
      return replace(m);
    }
  }
  return null;
}

function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = arabic(node.data);
    if (text !== null && text !== node.data) {
      node.data = text;
    }
  }
  for (const element of root.querySelectorAll('[placeholder], [aria-label], [title]')) {
    for (const attribute of ['placeholder', 'aria-label', 'title']) {
      const value = element.getAttribute(attribute);
      const text = value && arabic(value);
      if (text) {
        element.setAttribute(attribute, text);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Links in forms: staff pages (documents, letters, tools) open beside the task, so what was typed stays; the
//    documents page gets the task to lead back to. A letters link shows only where the request has a letter.
const letterChecks = new Map();

function currentTaskId() {
  const match = location.hash.match(/[?&]task=([0-9a-fA-F-]{1,64})/);
  return match ? match[1] : null;
}

function adjustLinks(root) {
  for (const link of root.querySelectorAll('a[href^="/staff/"]')) {
    link.target = '_blank';
    link.rel = 'noopener';
    const url = new URL(link.href, location.origin);
    if (url.pathname === '/staff/documents.html' && currentTaskId() && url.searchParams.get('task') !== currentTaskId()) {
      url.searchParams.set('task', currentTaskId());
      link.href = url.pathname + url.search;
    }
    if (url.pathname === '/staff/letters.html' && !link.dataset.masarChecked) {
      link.dataset.masarChecked = 'true';
      const holder = link.closest('.fjs-form-field') || link;
      holder.hidden = true;
      const reference = url.searchParams.get('reference') || '';
      if (!letterChecks.has(reference)) {
        letterChecks.set(reference, fetch('/api/requests/' + encodeURIComponent(reference) + '/letters', { credentials: 'same-origin' })
          .then(response => (response.ok ? response.json() : []))
          .then(letters => Array.isArray(letters) && letters.length > 0)
          .catch(() => false));
      }
      letterChecks.get(reference).then(exists => {
        holder.hidden = !exists;
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 4. A refused form: the engine's Arabic messages at the fields they name, in view. Masar answers 400 with
//    {"type":"InvalidInputException","message":"...","violations":[{"field","arabic","english"}]}; before that it
//    answered 500 with the exception's message "عربي ؛ عربي / field: english; field: english".
function violationsOf(body) {
  if (body && Array.isArray(body.violations) && body.violations.length) {
    return body.violations.filter(v => v && typeof v.arabic === 'string');
  }
  const message = body && typeof body.message === 'string' ? body.message : '';
  const slash = message.lastIndexOf(' / ');
  if (slash < 0) {
    return [];
  }
  const firstArabic = message.search(/[\u0600-\u06FF]/);
  if (firstArabic < 0 || firstArabic > slash) {
    return [];
  }
  const arabicParts = message.slice(firstArabic, slash).split('؛').map(s => s.trim()).filter(Boolean);
  const fields = [...message.slice(slash + 3).matchAll(/(?:^|; )([A-Za-z][A-Za-z0-9_.]*): /g)].map(m => m[1]);
  return arabicParts.map((text, i) => ({ field: fields.length === arabicParts.length ? fields[i] : null, arabic: text }));
}

function activeForm() {
  const dialogs = [...document.querySelectorAll('.modal-dialog .fjs-container')];
  return dialogs[dialogs.length - 1] || document.querySelector('.task-details .fjs-container');
}

function clearServerErrors(container) {
  for (const note of container.querySelectorAll('.masar-field-error')) {
    note.closest('.fjs-form-field')?.classList.remove('fjs-has-errors', 'masar-has-errors');
    note.remove();
  }
}

function errorNote(text, id) {
  const note = document.createElement('div');
  note.className = 'fjs-form-field-error masar-field-error';
  note.setAttribute('role', 'alert');
  if (id) {
    note.id = id;
  }
  const list = document.createElement('ul');
  const item = document.createElement('li');
  item.textContent = text;
  list.appendChild(item);
  note.appendChild(list);
  return note;
}

function showViolations(violations) {
  const container = activeForm();
  if (!container || !violations.length) {
    return false;
  }
  clearServerErrors(container);
  let first = null;
  const general = [];
  for (const violation of violations) {
    const input = violation.field && /^[A-Za-z][A-Za-z0-9_]*$/.test(violation.field)
      ? container.querySelector('[id$="-Field_' + violation.field + '"]') : null;
    const field = input && input.closest('.fjs-form-field');
    if (!field) {
      general.push(violation.arabic);
      continue;
    }
    field.classList.add('fjs-has-errors', 'masar-has-errors');
    const note = errorNote(violation.arabic, (input.id || 'masar') + '-server-error');
    field.appendChild(note);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', note.id);
    // the mark goes as soon as the field is changed
    const clear = () => {
      note.remove();
      field.classList.remove('fjs-has-errors', 'masar-has-errors');
      input.removeAttribute('aria-invalid');
    };
    field.addEventListener('input', clear, { once: true });
    field.addEventListener('change', clear, { once: true });
    first = first || input;
  }
  if (general.length) {
    const note = errorNote(general.join('، '));
    note.classList.add('masar-form-error');
    container.prepend(note);
    first = first || note;
  }
  first.scrollIntoView({ block: 'center' });
  if (first.focus && first.tagName !== 'DIV') {
    first.focus({ preventScroll: true });
  }
  return true;
}

// Tasklist's own notification of the refusal repeats the message, half English: it says in Arabic where to look.
function calmNotifications(violations) {
  const text = violations.length ? 'لم يُحفظ النموذج: صحّح ما هو مبيَّن تحت الحقول.' : null;
  const rewrite = () => {
    for (const alert of document.querySelectorAll('.page-notifications .alert, .modal .notifications .alert, .modal .alert-danger')) {
      if (text && (/[A-Za-z]{3}/.test(alert.textContent) || alert.textContent.includes(violations[0].arabic))) {
        const message = alert.querySelector('.message') || alert;
        message.textContent = text;
        alert.querySelector('.status')?.replaceChildren();
      }
    }
  };
  rewrite();
  setTimeout(rewrite, 50);
  setTimeout(rewrite, 300);
}

// ---------------------------------------------------------------------------------------------------------------
// 5. After a request is started: its reference number to tell the applicant, and the way to the next task.
function showStarted(instance) {
  if (!instance || typeof instance.id !== 'string') {
    return;
  }
  document.getElementById('masar-started')?.remove();
  const box = document.createElement('div');
  box.id = 'masar-started';
  box.className = 'masar-started alert alert-success';
  box.setAttribute('role', 'status');
  const title = document.createElement('strong');
  title.textContent = 'سُجّل الطلب. الرقم المرجعي: ';
  const reference = document.createElement('bdi');
  reference.className = 'masar-reference';
  reference.dir = 'ltr';
  reference.textContent = instance.businessKey || '—';
  const hint = document.createElement('span');
  hint.textContent = ' أبلغ المتقدم بهذا الرقم. مهمة الاستقبال التالية في «مهامي». ';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'إغلاق');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  box.append(close, title, reference, hint);
  document.body.appendChild(box);
  const api = document.querySelector('base')?.getAttribute('engine-api');
  if (!api) {
    return;
  }
  fetch(api + 'engine/default/task?processInstanceId=' + encodeURIComponent(instance.id), { credentials: 'same-origin' })
    .then(response => (response.ok ? response.json() : []))
    .then(tasks => {
      const task = Array.isArray(tasks) && tasks[0];
      if (task && /^[0-9a-fA-F-]{1,64}$/.test(task.id)) {
        const open = document.createElement('a');
        open.href = '#/?task=' + task.id;
        open.className = 'masar-open-task';
        open.textContent = 'افتح مهمة «' + task.name + '»';
        box.appendChild(open);
      }
    })
    .catch(() => {});
}

// ---------------------------------------------------------------------------------------------------------------
// Watching what Tasklist sends: the SDK talks to the engine through XMLHttpRequest.
const SUBMIT = /\/(task|process-definition)\/([^/]+)\/submit-form(\?|$)/;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const match = typeof url === 'string' && method && method.toUpperCase() === 'POST' ? url.match(SUBMIT) : null;
  if (match) {
    this.addEventListener('loadend', () => {
      let body = null;
      try {
        body = this.responseText ? JSON.parse(this.responseText) : null;
      }
      catch (notJson) {
        body = null;
      }
      if (this.status >= 400) {
        const violations = violationsOf(body);
        setTimeout(() => {
          showViolations(violations);
          calmNotifications(violations);
        }, 0);
      }
      else if (this.status >= 200 && this.status < 300) {
        if (match[1] === 'process-definition') {
          setTimeout(() => showStarted(body), 0);
          // the new request's reception task is the starter's: "مهامي" shows it without a reload
          setTimeout(refreshLists, 300);
        }
        else {
          // the lists and counts show the completed task gone, and the next one where it went
          setTimeout(refreshLists, 300);
        }
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

function refreshLists() {
  const injector = angular && angular.element(document.body).injector();
  const root = injector && injector.get('$rootScope');
  if (root) {
    root.$broadcast('refresh');
    root.$applyAsync();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Task lists and headers: Arabic plurals for the relative times (moment's locale JSON cannot hold Arabic plural
//    rules: "14 أيام" becomes "14 يومًا") and the Arabic comma between Tasklist's own phrases.
const PLURALS = new Intl.PluralRules('ar');
const UNITS = {
  'أيام': { one: 'يوم واحد', two: 'يومين', few: 'أيام', many: 'يومًا', other: 'يوم' },
  'ساعات': { one: 'ساعة واحدة', two: 'ساعتين', few: 'ساعات', many: 'ساعة', other: 'ساعة' },
  'دقائق': { one: 'دقيقة واحدة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة', other: 'دقيقة' },
  'أشهر': { one: 'شهر واحد', two: 'شهرين', few: 'أشهر', many: 'شهرًا', other: 'شهر' },
  'سنوات': { one: 'سنة واحدة', two: 'سنتين', few: 'سنوات', many: 'سنة', other: 'سنة' }
};

function arabicCount(text) {
  return text
    .replace(/(\d+) (أيام|ساعات|دقائق|أشهر|سنوات)/g, (whole, digits, unit) => {
      const n = Number(digits);
      const category = PLURALS.select(n);
      const word = UNITS[unit][category] || UNITS[unit].other;
      return category === 'one' || category === 'two' ? word : digits + ' ' + word;
    })
    .replace(/,(\s|$)/g, '،$1');
}

function arabicLists(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: node => (node.parentElement && node.parentElement.closest('.fjs-container, input, textarea')
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = arabicCount(node.data);
    if (text !== node.data) {
      node.data = text;
    }
  }
}

// The form's version ("v. 1.0") and the footer's time zone and product line, in Arabic or out of the way.
function arabicFooterAndVersions() {
  for (const root of document.querySelectorAll('.task-details, footer, [cam-widget-footer]')) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: node => (node.parentElement && node.parentElement.closest('.fjs-container, input, textarea')
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let text = node.data.replace(/(^|\s)v\.\s?(?=\d|$)/g, '$1الإصدار ').replace(/\bUTC\b/g, 'التوقيت العالمي').replace('Asia/Riyadh', 'توقيت الرياض');
      if (/Camunda|v\d+\.\d+/.test(text) && node.parentElement && node.parentElement.closest('footer, [cam-widget-footer]')) {
        const holder = node.parentElement.closest('a') || node.parentElement;
        holder.hidden = true;
        holder.style.display = 'none';
        text = '';
      }
      if (text !== node.data) {
        node.data = text;
      }
    }
  }
}

// Numbers and codes read left to right inside Arabic fields (a mobile is "+966…", not "966…+"); the search box's
// placeholder clear of its icons; the logo clear of the association's name.
const style = document.createElement('style');
style.textContent = `
  .fjs-container input[id$="-Field_mobile"], .fjs-container input[id$="-Field_nationalId"],
  .fjs-container input[id$="-Field_iban"], .fjs-container input[id$="-Field_referenceNumber"],
  .fjs-container input[id$="-Field_idExpiryDate"], .fjs-container input[id$="-Field_dateOfBirth"],
  .fjs-container input[id$="-Field_visitDate"], .fjs-container input[id$="-Field_deliveredOn"],
  .fjs-container input[id*="-Field_memberNationalId"], .fjs-container input[id$="-Field_fileNumber"] {
    direction: ltr; text-align: right; unicode-bidi: plaintext;
  }
  [dir=rtl] [cam-widget-search] input.main-field { padding-right: 4.5em; }
  [dir=rtl] .navbar-brand { padding-right: 2.6em; }
  .masar-started { position: fixed; bottom: 3em; left: 1em; z-index: 2000; max-width: 36em; }
  .tasks-list .task .priority::before { content: 'الأولوية '; }
  .masar-started .masar-reference { font-weight: bold; unicode-bidi: isolate; }
  .masar-started .masar-open-task { margin-right: 0.5em; }
`;
document.head.appendChild(style);

// ---------------------------------------------------------------------------------------------------------------
let pending = false;
function onChange() {
  if (pending) {
    return;
  }
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    for (const host of document.querySelectorAll('[cam-tasklist-form]')) {
      workAroundEmptyErrors(host);
    }
    for (const list of document.querySelectorAll('.tasks-list, .task-details')) {
      arabicLists(list);
    }
    arabicFooterAndVersions();
    for (const container of document.querySelectorAll('.fjs-container')) {
      translate(container);
      adjustLinks(container);
    }
  });
}
new MutationObserver(onChange).observe(document.body, { childList: true, subtree: true, characterData: true });
onChange();

export default [];
