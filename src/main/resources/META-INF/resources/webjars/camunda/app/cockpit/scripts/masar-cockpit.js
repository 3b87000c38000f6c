// Masar in Cockpit: what the locale file cannot reach.
// 1. Texts Cockpit 7.24 writes into its templates in English instead of through its translations ("Actions" above a
//    variable table, "Download", "Loading diagram", the zoom buttons' titles, variable types) get their Arabic.
// 2. Labels, not codes: where a variable table shows a code (supportType CASH_ASSISTANCE, channel C1,
//    committeeOutcome APPROVED, nationality SAUDI ...), supervisors read its Arabic label; the code stays in the
//    cell's title, and editing a variable still edits the code. The labels come from the application
//    (/api/satisfaction/labels), which takes them from the forms staff fill in, so they are written once.
// Only the page's text changes: nothing is sent to the engine.
// Arabic is the only language the webapps offer (app/masar/config.js)
const arabic = true;

const TEXTS = {
  'Actions': 'الإجراءات',
  // the first column of a process instance's "called process instances" tab (CalledProcessInstanceController)
  'State': 'الوضع',
  'Download': 'تنزيل',
  'Upload': 'رفع',
  'Loading diagram': 'جارٍ تحميل المخطط',
  'Invalid Date Value.': 'قيمة التاريخ غير صحيحة.',
  'This feature is unsupported in your Browser.': 'هذه الميزة لا يدعمها متصفحك.',
  'Message is null.': 'لا توجد رسالة.',
  'Camunda Cockpit': 'لوحة متابعة مسار',
  // the footer's time zone (Saudi offices run on Asia/Riyadh; the servers and tests often on UTC)
  'UTC': 'التوقيت العالمي',
  'Asia/Riyadh': 'توقيت الرياض',
  'null': 'فارغ',
  'true': 'نعم',
  'false': 'لا'
};
// the type column of variable tables
const TYPES = {
  'String': 'نص', 'Boolean': 'منطقي', 'Integer': 'عدد صحيح', 'Long': 'عدد صحيح', 'Short': 'عدد صحيح',
  'Double': 'عدد عشري', 'Date': 'تاريخ', 'Object': 'كائن', 'Null': 'فارغ', 'Bytes': 'بيانات ثنائية', 'File': 'ملف',
  'Json': 'JSON', 'Xml': 'XML'
};
const TITLES = {
  'zoom in': 'تكبير', 'zoom out': 'تصغير', 'reset zoom': 'إعادة التكبير إلى أصله', 'Select all': 'تحديد الكل',
  'Toggle this section': 'إظهار هذا القسم أو إخفاؤه', 'Suspended Job Definition': 'تعريف مهمة آلية معلّق'
};

// Cockpit knows only "1 day" and "N days": Arabic counts change the noun (يومان، 3 أيام، 11 يومًا، 100 يوم)
const plural = new Intl.PluralRules('ar');
const DAYS = { zero: 'لا أيام', one: 'يوم واحد', two: 'يومان', few: 'أيام', many: 'يومًا', other: 'يوم' };
function days(n) {
  const rule = plural.select(n);
  return rule === 'zero' || rule === 'one' || rule === 'two' ? DAYS[rule] : n + ' ' + DAYS[rule];
}

let labels = {};
let lastTry = 0;

// asked when a variable table first shows, and again after a failure (the login page comes before any table)
function loadLabels() {
  if (Object.keys(labels).length || Date.now() - lastTry < 10000) return;
  lastTry = Date.now();
  fetch('/api/satisfaction/labels', { credentials: 'same-origin' })
    .then(response => (response.ok ? response.json() : {}))
    .catch(() => ({}))
    .then(loaded => {
      labels = loaded;
      schedule();
    });
}

function cellOf(node) {
  return node.parentElement && node.parentElement.closest('td');
}

function variableName(row) {
  const name = row.querySelector('td.col-name [cam-widget-clipboard], td.col-name');
  return name ? name.textContent.trim() : null;
}

function translateText(node) {
  const text = node.nodeValue.trim();
  if (!text) return;
  const td = cellOf(node);
  const count = /^(\d+) يوم$/.exec(text);
  if (count && days(Number(count[1])) !== text) {
    node.nodeValue = node.nodeValue.replace(text, days(Number(count[1])));
  } else if (Object.prototype.hasOwnProperty.call(TEXTS, text)) {
    node.nodeValue = node.nodeValue.replace(text, TEXTS[text]);
  } else if (td && td.classList.contains('col-type') && TYPES[text]) {
    node.nodeValue = node.nodeValue.replace(text, TYPES[text]);
  } else if (td && td.classList.contains('col-value')) {
    const row = td.closest('tr');
    const codes = labels[variableName(row)];
    const label = codes && codes[text];
    if (label) {
      node.nodeValue = node.nodeValue.replace(text, label);
      node.parentElement.title = text;
      node.parentElement.dataset.masarCode = text;
    }
  }
}

function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: node => node.parentElement && !node.parentElement.closest('script, style, textarea, [contenteditable]')
      ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) translateText(node);
  root.querySelectorAll('[title]').forEach(element => {
    const title = element.getAttribute('title');
    if (TITLES[title]) element.setAttribute('title', TITLES[title]);
  });
}

let scheduled = false;
function schedule() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    if (document.querySelector('td.col-value')) loadLabels();
    translate(document.body);
  });
}

if (arabic) {
  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  schedule();
}

export default [];
