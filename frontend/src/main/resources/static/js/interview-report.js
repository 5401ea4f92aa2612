// The report page: the replay slider of each item walks through the code's snapshots (fetched once), a solo
// mock's self-scores are saved as they are picked, and Print prints (the stylesheet hides the controls).
(function () {
  'use strict';
  var root = document.getElementById('report');
  if (!root) {
    return;
  }
  var api = root.getAttribute('data-api');
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var headerMeta = document.querySelector('meta[name="csrf-header"]');
  document.getElementById('print').addEventListener('click', function () { window.print(); });

  document.querySelectorAll('.replay').forEach(function (replay) {
    var position = replay.getAttribute('data-position');
    var slider = replay.querySelector('.replay-slider');
    var code = replay.querySelector('.replay-code');
    var time = replay.querySelector('.replay-time');
    var frames = [];
    function draw() {
      var frame = frames[Number(slider.value)];
      if (frame) {
        code.textContent = frame.code;
        time.textContent = new Date(frame.takenAt).toLocaleTimeString() + ' (' + (Number(slider.value) + 1) + ' of '
          + frames.length + ')';
      }
    }
    fetch(api + '/items/' + position + '/snapshots', { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (list) {
        frames = list;
        slider.max = String(Math.max(0, frames.length - 1));
        slider.value = slider.max;
        draw();
      });
    slider.addEventListener('input', draw);
  });

  document.querySelectorAll('select.self-score').forEach(function (select) {
    select.addEventListener('change', function () {
      var headers = { 'Content-Type': 'application/json' };
      if (tokenMeta && headerMeta) {
        headers[headerMeta.content] = tokenMeta.content;
      }
      var body = {};
      body[select.getAttribute('data-dimension')] = select.value ? { score: Number(select.value), note: '' } : null;
      fetch(api + '/items/' + select.getAttribute('data-position') + '/scores', { method: 'PUT', headers: headers,
        credentials: 'same-origin', body: JSON.stringify(body) });
    });
  });
})();
