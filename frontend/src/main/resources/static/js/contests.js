// Countdowns on contest pages: every [data-countdown-to] element counts down to its ISO instant. With
// data-countdown-reload the page reloads when the moment passes, so it shows the problems or the final state.
(function () {
  'use strict';

  function format(ms) {
    var total = Math.max(0, Math.floor(ms / 1000));
    var days = Math.floor(total / 86400);
    var hours = Math.floor((total % 86400) / 3600);
    var minutes = Math.floor((total % 3600) / 60);
    var seconds = total % 60;
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return (days > 0 ? days + 'd ' : '') + pad(hours) + ':' + pad(minutes) + ':' + pad(seconds);
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-countdown-to]').forEach(function (el) {
      var target = Date.parse(el.getAttribute('data-countdown-to'));
      if (isNaN(target)) {
        return;
      }
      el.textContent = format(target - now);
      el.setAttribute('title', new Date(target).toLocaleString());
      if (target <= now && el.getAttribute('data-countdown-reload') === 'true' && !el.dataset.reloading) {
        el.dataset.reloading = 'true';
        window.setTimeout(function () { window.location.reload(); }, 1500);
      }
    });
  }

  tick();
  window.setInterval(tick, 1000);
})();
