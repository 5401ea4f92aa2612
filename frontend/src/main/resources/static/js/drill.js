// The drill's countdown: shows the time left and sends the answer as it stands when the time is up.
(function () {
  'use strict';
  var timer = document.getElementById('countdown');
  var form = document.getElementById('drill-answer');
  if (!timer || !form) {
    return;
  }
  var end = Date.now() + Number(timer.getAttribute('data-seconds')) * 1000;
  var sent = false;
  form.addEventListener('submit', function () {
    sent = true;
  });
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    timer.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    if (left === 0) {
      timer.textContent = "Time's up";
      if (!sent) {
        sent = true;
        form.requestSubmit();
      }
      return;
    }
    if (left <= 30) {
      timer.classList.replace('text-bg-warning', 'text-bg-danger');
    }
    window.setTimeout(tick, 250);
  }
  tick();
})();
