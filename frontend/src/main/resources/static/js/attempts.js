// Run and Submit send each attempt once. The buttons are disabled while a request is in flight (hx-disabled-elt),
// and every POST carries an Idempotency-Key: a request sent again before the first answered (a double click that
// got through, a retry after a dropped connection) carries the same key, and the server answers with the first
// submission instead of judging, and in a contest penalizing, the same attempt twice. The key is renewed once an
// attempt has been answered or the code changes.
(function () {
  'use strict';
  var keys = {};

  function newKey() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    // randomUUID needs a secure context; a judge on a LAN address over plain HTTP has none.
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  function attempt(event) {
    var elt = event.detail.elt;
    return elt && elt.hasAttribute && elt.hasAttribute('data-attempt') ? elt.getAttribute('data-attempt') : null;
  }

  document.body.addEventListener('htmx:configRequest', function (event) {
    var kind = attempt(event);
    if (!kind || event.detail.verb !== 'post') {
      return;
    }
    keys[kind] = keys[kind] || newKey();
    event.detail.headers['Idempotency-Key'] = keys[kind];
  });
  document.body.addEventListener('htmx:afterRequest', function (event) {
    var kind = attempt(event);
    if (kind && event.detail.successful) {
      delete keys[kind];
    }
  });
  // A submission's verdict changes what the rest of the page shows (the solved mark, a locked explanation): tell
  // those parts, once per submission, so they fetch themselves again instead of waiting for a reload.
  var announced = {};
  document.body.addEventListener('htmx:afterSwap', function () {
    var result = document.getElementById('result');
    if (!result || result.getAttribute('data-done') !== 'true' || result.getAttribute('data-mode') !== 'SUBMIT') {
      return;
    }
    var id = result.getAttribute('data-submission');
    if (announced[id]) {
      return;
    }
    announced[id] = true;
    htmx.trigger(document.body, 'judge:judged');
    if (result.getAttribute('data-verdict') === 'ACCEPTED') {
      htmx.trigger(document.body, 'judge:solved');
    }
  });
  document.body.addEventListener('judge:sourceChanged', function () {
    keys = {};
  });
  document.body.addEventListener('input', function (event) {
    if (event.target && event.target.id === 'custom-input') {
      keys = {};
    }
  });
})();
