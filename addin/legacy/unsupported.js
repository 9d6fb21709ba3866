/*
 * cchc — the webview check. Runs before the bundles on every page (taskpane.html, commands.html,
 * preview.html), and must itself run in Internet Explorer 11: ES5 only (test/addin-legacy.test.ts parses it
 * with acorn, ecmaVersion 5; eslint checks it as ES5 too). Written by hand, not compiled.
 *
 * Office 2016 and 2019 volume-licensed, retail Office 2016/2019 without WebView2 or Edge, and Microsoft 365
 * before build 16.0.11629 (or on Windows 7) show add-ins in the Internet Explorer 11 webview, "Trident", which
 * "doesn't support JavaScript versions later than ES5"; retail Office 2016/2019 and Microsoft 365 up to
 * 16.0.13530 without the WebView2 runtime use EdgeHTML (Microsoft Edge Legacy)
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins). Our bundles are
 * ES2020: there they are a syntax error, and the pane would stay blank. Microsoft's advice is to detect the
 * webview with navigator.userAgent "as early in the add-in startup process as possible" and show a graceful
 * failure message (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11) — what this does:
 * - sets window.__cchcUnsupported, which the bundles check before starting (a modern browser told to pretend,
 *   as the tests do, must not start the pane as well);
 * - on the task pane, the preview page and the web page (dist/web), replaces the page with the message, in
 *   Vietnamese and English;
 * - on the ribbon's function file, registers createQuarterlyReport itself: it shows the message in a dialog
 *   and completes the event when the dialog closes;
 * - calls Office.onReady(): "Some Office application and platform combinations won't load the task pane until"
 *   Office.onReady() is called or Office.initialize assigned (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in).
 */
(function () {
  'use strict';
  var ua = (window.navigator && window.navigator.userAgent) || '';
  // Chromium-based Edge and WebView2 say "Edg/" (no final e); EdgeHTML says "Edge/" (support-ie-11).
  var engine = ua.indexOf('Trident/') !== -1 ? 'trident' : ua.indexOf('Edge/') !== -1 ? 'edgehtml' : null;
  if (!engine) return;
  window.__cchcUnsupported = engine;

  var page = document.documentElement.getAttribute('data-cchc-page') || 'taskpane';
  var office = window.Office;

  var WEBVIEW = {
    trident: { vi: 'trình hiển thị của Internet Explorer 11', en: 'the Internet Explorer 11 webview' },
    edgehtml: { vi: 'trình hiển thị Microsoft Edge cũ (EdgeHTML)', en: 'the old Microsoft Edge webview (EdgeHTML)' }
  };

  /** The message: a title and the ways forward, in one language. */
  function message(lang) {
    var vi = lang === 'vi';
    // The preview and the web page (web/index.html) are plain pages in a browser, not Excel's webview.
    if (page === 'preview' || page === 'web') {
      return vi
        ? { title: 'Trang này cần một trình duyệt mới hơn Internet Explorer.', lines: ['Hãy mở trang bằng Microsoft Edge, Google Chrome hoặc Firefox.'] }
        : { title: 'This page needs a browser newer than Internet Explorer.', lines: ['Open it in Microsoft Edge, Google Chrome or Firefox.'] };
    }
    var webview = WEBVIEW[engine][lang];
    return vi
      ? {
          title: 'cchc không chạy được trong phiên bản Excel này: Excel đang hiển thị add-in bằng ' + webview + '.',
          lines: [
            'Với Office 2016, Office 2019 bản bán lẻ hoặc Microsoft 365: cài Microsoft Edge WebView2 Runtime (miễn phí, từ Microsoft) và cập nhật Office, rồi mở lại Excel.',
            'Office 2016 và 2019 bản cấp phép số lượng lớn luôn dùng Internet Explorer 11: hãy dùng Excel cho Microsoft 365, Office 2021 trở lên, hoặc Excel trên web.',
            'Hoặc kiểm tra và tổng hợp các tệp bằng lệnh cchc trên máy tính: npx cchc validate, npx cchc report.'
          ]
        }
      : {
          title: 'cchc cannot run in this version of Excel: Excel shows add-ins in ' + webview + '.',
          lines: [
            'With retail Office 2016 or 2019, or Microsoft 365: install the Microsoft Edge WebView2 Runtime (free, from Microsoft) and update Office, then restart Excel.',
            'Volume-licensed Office 2016 and 2019 always use Internet Explorer 11: use Excel for Microsoft 365, Office 2021 or later, or Excel on the web.',
            'Or check and consolidate the files with the cchc command line on a computer: npx cchc validate, npx cchc report.'
          ]
        };
  }

  /** Replaces the page's content with the message, both languages, as text only. */
  function show() {
    var root = document.getElementById('app') || document.body;
    var box = document.createElement('div');
    box.id = 'unsupported';
    box.setAttribute('role', 'alert');
    box.style.font = '14px/1.45 "Segoe UI", Arial, sans-serif';
    box.style.padding = '12px';
    box.style.color = '#242424';
    var langs = ['vi', 'en'];
    for (var i = 0; i < langs.length; i++) {
      var m = message(langs[i]);
      var section = document.createElement('section');
      section.setAttribute('lang', langs[i]);
      section.style.marginBottom = '16px';
      var h = document.createElement('h1');
      h.style.fontSize = '16px';
      h.style.margin = '0 0 8px';
      h.appendChild(document.createTextNode(m.title));
      section.appendChild(h);
      var ul = document.createElement('ul');
      ul.style.paddingLeft = '18px';
      ul.style.margin = '0';
      for (var j = 0; j < m.lines.length; j++) {
        var li = document.createElement('li');
        li.appendChild(document.createTextNode(m.lines[j]));
        ul.appendChild(li);
      }
      section.appendChild(ul);
      box.appendChild(section);
    }
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(box);
  }

  /** The ribbon's function, in ES5: the message in a dialog; completes when the dialog is gone. */
  function reportCommand(event) {
    var finished = false;
    var dialog = null;
    function complete() {
      if (finished) return;
      finished = true;
      try {
        if (dialog) dialog.close();
      } catch (e) {
        // already closed
      }
      try {
        event.completed();
      } catch (e2) {
        // the runtime is gone
      }
    }
    // Office ends a function command's runtime after 5 minutes (design/add-in-commands): finish before it.
    setTimeout(complete, 5 * 60 * 1000 - 15000);
    try {
      // DialogApi 1.1 is not in the manifest's requirements: ask before using it, as the modern command does
      // (dialog-api-requirement-sets). Without it there is nothing to show; the event completes at once.
      var requirements = office && office.context && office.context.requirements;
      if (!requirements || !requirements.isSetSupported || !requirements.isSetSupported('DialogApi', '1.1')) return complete();
      var lang = /^vi/i.test((office && office.context && office.context.displayLanguage) || 'vi') ? 'vi' : 'en';
      var m = message(lang);
      var url = location.href.replace(/[?#].*$/, '').replace(/[^\/]*$/, '') + 'message.html?kind=error&text=' + encodeURIComponent(m.title + '\n\n' + m.lines.join('\n'));
      office.context.ui.displayDialogAsync(url, { height: 40, width: 50, displayInIframe: true }, function (result) {
        if (result.status === office.AsyncResultStatus.Failed) return complete();
        dialog = result.value;
        dialog.addEventHandler(office.EventType.DialogMessageReceived, complete);
        dialog.addEventHandler(office.EventType.DialogEventReceived, complete);
      });
    } catch (e) {
      complete();
    }
  }

  if (page === 'commands') {
    // "This function needs to exist in the global DOM namespace of the function file" (xml-manifest-overview),
    // and Office.actions.associate where office.js has it.
    window.createQuarterlyReport = reportCommand;
    if (office && office.actions && office.actions.associate) office.actions.associate('createQuarterlyReport', reportCommand);
  } else if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', show);
  } else {
    show();
  }
  if (office && office.onReady) office.onReady(function () {});
})();
