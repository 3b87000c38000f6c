/* Ask (O3): an inquiry or complaint through the online inquiry API, channel C7; the answer comes by SMS or e-mail. */
(function () {
  'use strict';
  var form = document.getElementById('ask');

  function value(id) {
    var v = document.getElementById(id).value.trim();
    return v === '' ? null : v;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = document.getElementById('send');
    var body = { channel: 'C7', inquiryKind: value('inquiryKind'), question: value('question'), personName: value('personName'),
      mobile: value('mobile'), email: value('email'), nationalId: value('nationalId'),
      requestReference: value('requestReference') ? value('requestReference').toUpperCase() : null,
      preferredChannel: value('mobile') ? 'SMS' : (value('email') ? 'EMAIL' : null) };
    Portal.busy(button, true);
    Portal.call('POST', '/api/inquiries', body).then(function (answer) {
      Portal.busy(button, false);
      if (!answer.ok) { Portal.showErrors(form, answer); return; }
      form.hidden = true;
      document.getElementById('reference').textContent = answer.body.referenceNumber;
      var due = new Date(answer.body.answerDue);
      var text = due.toLocaleDateString('ar-SA-u-nu-latn-ca-gregory', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }) +
        ' م الموافق ' + due.toLocaleDateString('ar-SA-u-nu-latn-ca-islamic-umalqura', { year: 'numeric', month: 'long', day: 'numeric' });
      document.getElementById('due').textContent = 'نرد عليك في موعد أقصاه ' + text + '.';
      var done = document.getElementById('done');
      done.hidden = false;
      done.focus();
    });
  });
})();
