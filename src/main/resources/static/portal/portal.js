/* The portal's shared helpers: the CSRF token, calls to /api/portal, and Arabic messages beside their fields. */
(function () {
  'use strict';
  var csrf = null;

  function token() {
    if (csrf) { return Promise.resolve(csrf); }
    return fetch('/api/portal/csrf', { credentials: 'same-origin' }).then(function (r) { return r.json(); })
      .then(function (t) { csrf = t; return t; });
  }

  /** POST (or GET when body is undefined and method says so) with the CSRF header; resolves {ok, status, body}. */
  function call(method, url, body, headers) {
    return token().then(function (t) {
      var h = Object.assign({}, headers || {});
      h[t.headerName] = t.token;
      var init = { method: method, credentials: 'same-origin', headers: h };
      if (body instanceof FormData) { init.body = body; }
      else if (body !== undefined) { h['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
      return fetch(url, init);
    }).then(function (r) {
      return r.text().then(function (text) {
        var parsed = null;
        try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = null; }
        if (r.status === 403) { csrf = null; }
        return { ok: r.ok, status: r.status, body: parsed };
      });
    }, function () {
      return { ok: false, status: 0, body: null };
    });
  }

  function clearErrors(root) {
    root.querySelectorAll('[data-error]').forEach(function (e) { e.textContent = ''; });
    root.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    var summary = root.querySelector('.summary');
    if (summary) { summary.hidden = true; summary.querySelector('ul').innerHTML = ''; }
  }

  /** Each violation beside its field (data-error="field"); the rest, and a list of all, in the summary at the top. */
  function showErrors(root, answer) {
    clearErrors(root);
    var violations = (answer.body && answer.body.violations) || [];
    if (!violations.length) {
      var text = answer.status === 0 ? 'تعذر الاتصال بالخدمة، تحقق من الاتصال ثم حاول مرة أخرى'
        : answer.status === 429 ? 'عدد المحاولات أكثر من المسموح، يرجى المحاولة بعد قليل'
        : (answer.body && answer.body.arabic) || 'تعذر إكمال الطلب، حاول مرة أخرى';
      violations = [{ field: 'request', arabic: text }];
    }
    var summary = root.querySelector('.summary');
    var first = null;
    violations.forEach(function (v) {
      var holder = root.querySelector('[data-error="' + CSS.escape(v.field) + '"]');
      if (holder) {
        holder.textContent = v.arabic;
        var input = document.getElementById(holder.getAttribute('data-input') || holder.id.replace(/^err-/, ''));
        if (input) { input.setAttribute('aria-invalid', 'true'); first = first || input; }
      }
      if (summary) {
        var li = document.createElement('li');
        li.textContent = v.arabic;
        summary.querySelector('ul').appendChild(li);
      }
    });
    if (summary) { summary.hidden = false; }
    // the first wrong field in the order the page shows them, not the order the server listed them
    first = root.querySelector('[aria-invalid="true"]') || first;
    if (first) { first.focus(); } else if (summary) { summary.focus(); }
  }

  function busy(button, on) {
    button.disabled = on;
    button.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  /**
   * A file input with an Arabic button and the chosen file's name: the browser's own button speaks the browser's
   * language. The input stays in the page (focusable, labelled by the field's label); the button is its second label.
   */
  function fileField(input) {
    input.classList.add('file-input');
    var button = document.createElement('label');
    button.className = 'file-button';
    button.setAttribute('for', input.id);
    button.setAttribute('aria-hidden', 'true');
    button.textContent = 'اختر ملفًا';
    var name = document.createElement('span');
    name.className = 'file-name';
    name.textContent = 'لم يُختر ملف';
    input.insertAdjacentElement('afterend', name);
    input.insertAdjacentElement('afterend', button);
    input.addEventListener('change', function () {
      name.textContent = input.files.length ? input.files[0].name : 'لم يُختر ملف';
    });
  }

  window.Portal = { call: call, showErrors: showErrors, clearErrors: clearErrors, busy: busy, fileField: fileField };
})();
