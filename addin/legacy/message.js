/*
 * cchc — the ribbon command's message dialog (message.html). ES5, written by hand, because the dialog also
 * opens where add-ins run in Internet Explorer 11 (see unsupported.js); test/addin-legacy.test.ts parses it as
 * ES5. The text arrives in the URL (?kind=done|error&text=…) and is shown with textContent, so nothing in it
 * can run. OK (or Escape) sends "close" to the opener with Office.context.ui.messageParent — a dialog cannot
 * close itself; the opener's DialogMessageReceived handler calls dialog.close()
 * (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins#close-the-dialog-box).
 * "To use the messageParent method, the dialog box must first initialize the Office JavaScript API", hence
 * Office.onReady before OK does anything.
 */
(function () {
  'use strict';
  function param(name) {
    // URLSearchParams does not exist in Internet Explorer 11.
    var pairs = location.search.replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i++) {
      var eq = pairs[i].indexOf('=');
      var key = eq < 0 ? pairs[i] : pairs[i].slice(0, eq);
      if (decodeURIComponent(key) === name) return decodeURIComponent((eq < 0 ? '' : pairs[i].slice(eq + 1)).replace(/\+/g, ' '));
    }
    return null;
  }

  function start() {
    var box = document.getElementById('message');
    var ok = document.getElementById('ok');
    if (box) {
      box.textContent = param('text') || '';
      box.className = param('kind') === 'error' ? 'message error' : 'message';
    }
    var ready = false;
    var office = window.Office;
    if (office && office.onReady) {
      office.onReady(function () {
        ready = true;
      });
    }
    function close() {
      if (ready && office.context && office.context.ui && office.context.ui.messageParent) office.context.ui.messageParent('close');
    }
    if (ok) {
      ok.addEventListener('click', close);
      ok.focus();
    }
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' || e.key === 'Esc') close();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
