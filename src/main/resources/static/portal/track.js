/* Track: reference and national ID, a code to the mobile on file, then the stage, dates, missing documents, contact. */
(function () {
  'use strict';
  var STAGES = [['RECEIVED', 'تم استلام الطلب'], ['UNDER_VERIFICATION', 'التحقق من البيانات'],
    ['MISSING_INFORMATION', 'استكمال معلومات ناقصة'], ['SOCIAL_RESEARCH', 'البحث الاجتماعي'], ['COMMITTEE', 'لدى لجنة البحث'],
    ['DECIDED', 'صدر قرار اللجنة'], ['REGISTERED', 'التسجيل مستفيدًا'], ['SERVED', 'تقديم الخدمة']];
  var find = document.getElementById('find');
  var confirm = document.getElementById('confirm');
  var upload = document.getElementById('upload');
  var contact = document.getElementById('contact');
  var challenge = null;
  var session = sessionStorage.getItem('portal-session');

  Portal.fileField(document.getElementById('files[0]'));

  if (location.hash === '#contact') {
    document.getElementById('title').textContent = 'تحديث رقم الجوال أو العنوان';
  }

  function value(id) {
    var v = document.getElementById(id).value.trim();
    return v === '' ? null : v;
  }

  function show(status) {
    if (status.session) {
      session = status.session;
      sessionStorage.setItem('portal-session', session);
    }
    find.hidden = true;
    confirm.hidden = true;
    document.getElementById('status-reference').textContent = status.reference;
    document.getElementById('stage').textContent = status.stageLabel;
    var list = document.getElementById('stages');
    list.innerHTML = '';
    var at = STAGES.findIndex(function (s) { return s[0] === status.stage; });
    STAGES.forEach(function (s, i) {
      if (s[0] === 'MISSING_INFORMATION' && status.stage !== 'MISSING_INFORMATION') { return; }
      var li = document.createElement('li');
      li.textContent = s[1];
      if (at >= 0 && i < at) { li.className = 'done'; }
      if (i === at) { li.className = 'current'; li.setAttribute('aria-current', 'step'); }
      list.appendChild(li);
    });
    if (at < 0) {
      var end = document.createElement('li');
      end.className = 'current';
      end.setAttribute('aria-current', 'step');
      end.textContent = status.stageLabel;
      list.appendChild(end);
    }
    var dates = document.getElementById('dates');
    dates.innerHTML = '';
    [['تاريخ التقديم', status.submitted], ['موعد رد اللجنة', status.committeeDeadline], ['تاريخ القرار', status.decided],
      ['تاريخ الإغلاق', status.closed]].forEach(function (d) {
      if (!d[1]) { return; }
      var dt = document.createElement('dt');
      dt.textContent = d[0];
      var dd = document.createElement('dd');
      dd.textContent = d[1].both;
      dates.appendChild(dt);
      dates.appendChild(dd);
    });
    var missing = document.getElementById('missing');
    var items = document.getElementById('missing-list');
    items.innerHTML = '';
    (status.missingInformation || []).forEach(function (m) {
      var li = document.createElement('li');
      li.textContent = m;
      items.appendChild(li);
    });
    missing.hidden = !status.missingInformation || !status.missingInformation.length;
    upload.hidden = !status.canUpload;
    var section = document.getElementById('status');
    section.hidden = false;
    if (location.hash === '#contact') { document.getElementById('new-mobile').focus(); } else { section.focus(); }
  }

  function ended(answer) {
    if (answer.status === 401) {
      sessionStorage.removeItem('portal-session');
      session = null;
      document.getElementById('status').hidden = true;
      find.hidden = false;
      Portal.showErrors(find, answer);
      return true;
    }
    return false;
  }

  find.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = document.getElementById('send-code');
    Portal.busy(button, true);
    Portal.call('POST', '/api/portal/tracking', { reference: value('reference'), nationalId: value('nationalId') }).then(function (answer) {
      Portal.busy(button, false);
      if (!answer.ok) { Portal.showErrors(find, answer); return; }
      Portal.clearErrors(find);
      challenge = answer.body.challenge;
      find.hidden = true;
      confirm.hidden = false;
      document.getElementById('sent').textContent = answer.body.message + '.';
      document.getElementById('code').focus();
    });
  });

  confirm.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = document.getElementById('confirm-code');
    Portal.busy(button, true);
    Portal.call('POST', '/api/portal/tracking/confirm', { challenge: challenge, code: value('code') }).then(function (answer) {
      Portal.busy(button, false);
      if (!answer.ok) { Portal.showErrors(confirm, answer); return; }
      show(answer.body);
    });
  });

  document.getElementById('again').addEventListener('click', function () {
    confirm.hidden = true;
    find.hidden = false;
    document.getElementById('reference').focus();
  });

  upload.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = document.getElementById('send-document');
    var data = new FormData();
    var type = value('upload-type');
    if (type) { data.append('type', type); }
    var file = document.getElementById('files[0]');
    if (file.files.length) { data.append('file', file.files[0]); }
    Portal.busy(button, true);
    Portal.call('POST', '/api/portal/tracking/documents', data, { 'X-Portal-Session': session }).then(function (answer) {
      Portal.busy(button, false);
      if (ended(answer)) { return; }
      if (!answer.ok) { Portal.showErrors(upload, answer); return; }
      Portal.clearErrors(upload);
      var done = document.getElementById('uploaded');
      done.textContent = 'وصلنا المستند، وسيراجعه موظف الجمعية.';
      done.hidden = false;
      file.value = '';
    });
  });

  contact.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = document.getElementById('send-contact');
    Portal.busy(button, true);
    Portal.call('POST', '/api/portal/tracking/contact', { mobile: value('new-mobile'), address: value('new-address') },
      { 'X-Portal-Session': session }).then(function (answer) {
      Portal.busy(button, false);
      if (ended(answer)) { return; }
      if (!answer.ok) { Portal.showErrors(contact, answer); return; }
      Portal.clearErrors(contact);
      var done = document.getElementById('contact-done');
      done.textContent = answer.body.message + '.';
      done.hidden = false;
    });
  });

  if (session) {
    fetch('/api/portal/tracking/status', { headers: { 'X-Portal-Session': session }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (status) { if (status) { show(status); } else { sessionStorage.removeItem('portal-session'); } });
  }
})();
