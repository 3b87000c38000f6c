/* Apply (T4, R4): the form with the household and documents, then the code sent to the mobile, then the reference. */
(function () {
  'use strict';
  var TYPES = [['ID_COPY', 'صورة الهوية الوطنية أو الإقامة'], ['FAMILY_RECORD', 'صورة سجل الأسرة'], ['INCOME_PROOF', 'إثبات الدخل'],
    ['LEASE_CONTRACT', 'عقد الإيجار'], ['MEDICAL_REPORT', 'تقرير طبي معتمد'], ['BANK_IBAN_CERTIFICATE', 'شهادة رقم الحساب البنكي (الآيبان)']];
  var RELATIONS = [['SPOUSE', 'زوج أو زوجة'], ['SON', 'ابن'], ['DAUGHTER', 'ابنة'], ['FATHER', 'أب'], ['MOTHER', 'أم'],
    ['BROTHER', 'أخ'], ['SISTER', 'أخت'], ['OTHER', 'أخرى']];
  var form = document.getElementById('apply');
  var confirm = document.getElementById('confirm');
  var challenge = null;
  var members = 0;
  var docs = 0;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) { e.textContent = text; }
    return e;
  }

  function field(id, label, input) {
    var div = el('div', { 'class': 'field' });
    div.appendChild(el('label', { 'for': id }, label));
    input.id = id;
    input.setAttribute('aria-describedby', 'err-' + id);
    div.appendChild(input);
    div.appendChild(el('p', { 'class': 'error', id: 'err-' + id, 'data-error': id }));
    return div;
  }

  function select(options, placeholder) {
    var s = el('select');
    s.appendChild(el('option', { value: '' }, placeholder));
    options.forEach(function (o) { s.appendChild(el('option', { value: o[0] }, o[1])); });
    return s;
  }

  function addMember() {
    var i = members++;
    var box = el('div', { 'class': 'member', role: 'group', 'aria-label': 'فرد من الأسرة ' + (i + 1) });
    var p = 'householdMembers[' + i + '].';
    box.appendChild(field(p + 'name', 'اسم الفرد *', el('input', { type: 'text', maxlength: '200', 'data-key': 'name' })));
    var rel = select(RELATIONS, 'اختر صلة القرابة');
    rel.setAttribute('data-key', 'relation');
    box.appendChild(field(p + 'relation', 'صلة القرابة *', rel));
    box.appendChild(field(p + 'nationalId', 'رقم الهوية (إن وجد)', el('input', { type: 'text', inputmode: 'numeric', maxlength: '10', dir: 'ltr', 'data-key': 'nationalId' })));
    box.appendChild(field(p + 'age', 'العمر *', el('input', { type: 'number', min: '0', max: '120', inputmode: 'numeric', 'data-key': 'age' })));
    box.appendChild(field(p + 'monthlyIncome', 'دخله الشهري بالريال', el('input', { type: 'number', min: '0', inputmode: 'decimal', 'data-key': 'monthlyIncome' })));
    var remove = el('button', { type: 'button', 'class': 'link' }, 'حذف هذا الفرد');
    remove.addEventListener('click', function () { box.remove(); document.getElementById('add-member').focus(); });
    box.appendChild(remove);
    document.getElementById('members').appendChild(box);
    box.querySelector('input').focus();
  }

  function addDocument() {
    if (document.querySelectorAll('#documents .document').length >= 5) { return; }
    var i = docs++;
    var box = el('div', { 'class': 'document', role: 'group', 'aria-label': 'مستند ' + (i + 1) });
    var type = select(TYPES, 'اختر نوع المستند');
    type.setAttribute('data-key', 'type');
    box.appendChild(field('doc-type-' + i, 'نوع المستند', type));
    var file = el('input', { type: 'file', accept: 'application/pdf,image/jpeg,image/png', 'data-key': 'file' });
    box.appendChild(field('doc-file-' + i, 'الملف', file));
    Portal.fileField(file);
    document.getElementById('documents').appendChild(box);
  }

  function number(id) {
    var v = document.getElementById(id).value.trim();
    return v === '' ? null : Number(v);
  }

  function value(id) {
    var v = document.getElementById(id).value.trim();
    return v === '' ? null : v;
  }

  function application() {
    var list = [];
    document.querySelectorAll('#members .member').forEach(function (box) {
      var get = function (k) { var v = box.querySelector('[data-key="' + k + '"]').value.trim(); return v === '' ? null : v; };
      list.push({ name: get('name'), relation: get('relation'), nationalId: get('nationalId'),
        age: get('age') === null ? null : Number(get('age')), monthlyIncome: get('monthlyIncome') === null ? null : Number(get('monthlyIncome')) });
    });
    return { nationalId: value('nationalId'), applicantName: value('applicantName'), mobile: value('mobile'),
      supportType: value('supportType'), city: value('city'), district: value('district'), address: value('address'),
      householdSize: number('householdSize'), monthlyIncome: number('monthlyIncome'), householdMembers: list,
      requestSummary: value('requestSummary'), declarationAccepted: document.getElementById('declarationAccepted').checked,
      consentGiven: document.getElementById('consentGiven').checked };
  }

  /** The files chosen, numbered as the server numbers them, so its messages land beside the right file. */
  function files(data) {
    var k = 0;
    document.querySelectorAll('#documents .document').forEach(function (box) {
      var input = box.querySelector('[data-key="file"]');
      var holder = input.parentNode.querySelector('.error');
      holder.setAttribute('data-error', input.id);
      holder.removeAttribute('data-input');
      holder.id = 'err-' + input.id;
      input.setAttribute('aria-describedby', holder.id);
      if (input.files.length) {
        holder.setAttribute('data-error', 'files[' + k + ']');
        holder.setAttribute('data-input', input.id);
        holder.id = 'err-files[' + k + ']';
        input.setAttribute('aria-describedby', holder.id);
        data.append('files', input.files[0]);
        data.append('types', box.querySelector('[data-key="type"]').value);
        k++;
      }
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = document.getElementById('send-code');
    Portal.busy(button, true);
    var data = new FormData();
    data.append('application', JSON.stringify(application()));
    files(data);
    Portal.call('POST', '/api/portal/applications', data).then(function (answer) {
      Portal.busy(button, false);
      if (!answer.ok) { Portal.showErrors(form, answer); return; }
      Portal.clearErrors(form);
      challenge = answer.body.challenge;
      form.hidden = true;
      confirm.hidden = false;
      var sent = document.getElementById('sent');
      sent.textContent = answer.body.message + ' ';
      var number = document.createElement('span');
      number.className = 'ltr';
      // left-to-right isolate (LRI ... PDI): the masked number reads +966*******67 inside Arabic text
      number.textContent = '\u2066' + answer.body.mobile + '\u2069';
      sent.appendChild(number);
      sent.appendChild(document.createTextNode('. أدخله هنا لتأكيد الإقرار وتقديم الطلب.'));
      document.getElementById('code').focus();
    });
  });

  confirm.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = document.getElementById('confirm-code');
    Portal.busy(button, true);
    Portal.call('POST', '/api/portal/applications/confirm', { challenge: challenge, code: value('code') }).then(function (answer) {
      Portal.busy(button, false);
      if (!answer.ok) { Portal.showErrors(confirm, answer); return; }
      confirm.hidden = true;
      var done = document.getElementById('done');
      document.getElementById('reference').textContent = answer.body.reference;
      document.getElementById('deadline').textContent = answer.body.committeeDeadline.both;
      var docsText = answer.body.documents.length ? 'المستندات المستلمة: ' + answer.body.documents.join('، ') : 'لم ترفق مستندات؛ سنبلغك بما يلزم.';
      document.getElementById('received-documents').textContent = docsText;
      done.hidden = false;
      done.focus();
    });
  });

  document.getElementById('back').addEventListener('click', function () {
    confirm.hidden = true;
    form.hidden = false;
    document.getElementById('applicantName').focus();
  });
  document.getElementById('add-member').addEventListener('click', addMember);
  document.getElementById('add-document').addEventListener('click', addDocument);
  addDocument();
})();
