// The live interview pages. Both seats open the interview's event stream and redraw from each 'state' event,
// which the server sends on connect (so a reload or a dropped connection resumes where things stand) and after
// every change anyone makes, on whichever app instance. The countdown runs from the server's remaining seconds,
// never from this browser's clock.
(function () {
  'use strict';
  var root = document.getElementById('interview');
  if (!root) {
    return;
  }
  var api = root.getAttribute('data-api');
  var seat = root.getAttribute('data-seat');
  var pageState = root.getAttribute('data-state');
  var pagePosition = Number(root.getAttribute('data-position'));
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var headerMeta = document.querySelector('meta[name="csrf-header"]');
  window.interviewStates = 0;

  function call(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (tokenMeta && headerMeta) {
      headers[headerMeta.content] = tokenMeta.content;
    }
    return fetch(api + path, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (response) {
      if (response.ok) {
        return response.status === 204 ? null : response.json();
      }
      return response.json().catch(function () { return {}; }).then(function (problem) {
        throw new Error(problem.detail || ('HTTP ' + response.status));
      });
    });
  }

  function show(id, message) {
    var el = document.getElementById(id);
    if (el) {
      el.textContent = message || '';
      el.classList.toggle('d-none', !message);
    }
  }

  // The countdown: remaining seconds as the server counted them, minus the time since they arrived.
  var countdown = document.getElementById('countdown');
  var remainingAt = { seconds: Number(countdown ? countdown.getAttribute('data-remaining') : 0), at: Date.now(),
    live: pageState === 'LIVE' };
  function tick() {
    if (!countdown) {
      return;
    }
    var left = remainingAt.live
      ? Math.max(0, remainingAt.seconds - Math.floor((Date.now() - remainingAt.at) / 1000)) : remainingAt.seconds;
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    countdown.textContent = pad(Math.floor(left / 60)) + ':' + pad(left % 60);
    if (remainingAt.live && left === 0 && !remainingAt.asked) {
      // Time is up by the server's count: asking once lets the server end the interview, and the stream
      // then brings the end to every screen.
      remainingAt.asked = true;
      call('GET', seat === 'CANDIDATE' ? '/candidate' : '/interviewer').catch(function () {});
    }
    countdown.classList.toggle('text-danger', remainingAt.live && left < 60);
  }
  setInterval(tick, 500);
  tick();

  function runRows(tbody, runs, linked) {
    if (!tbody) {
      return;
    }
    tbody.textContent = '';
    runs.forEach(function (r) {
      var tr = document.createElement('tr');
      var cells = [String(r.id), r.mode, r.language, r.verdict || 'judging', r.score === null ? '' : String(r.score)];
      cells.forEach(function (text, i) {
        var td = document.createElement('td');
        if (i === 0 && linked) {
          var a = document.createElement('a');
          a.href = '/submissions/' + r.id;
          a.textContent = text;
          td.appendChild(a);
        } else {
          td.textContent = text;
        }
        if (i === 3) {
          td.className = 'verdict-cell verdict-' + (r.verdict || 'PENDING');
        }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
  }

  function common(state) {
    window.interviewStates++;
    window.interviewLastState = state;
    remainingAt = { seconds: state.remainingSeconds, at: Date.now(), live: state.state === 'LIVE' };
    tick();
    var badge = document.getElementById('state');
    if (badge) {
      badge.textContent = state.state;
    }
  }

  // ---- the candidate's page ----
  function candidate() {
    var textarea = document.getElementById('work');
    var editor = null;
    var MODES = { java: 'text/x-java', python: 'python' };
    var LABELS = { java: 'Java source', python: 'Python source' };
    // The code's language: the candidate picks it, the item keeps it with the code.
    var language = (textarea && textarea.getAttribute('data-language')) || 'java';
    if (textarea && textarea.getAttribute('data-coding') === 'true' && typeof CodeMirror !== 'undefined') {
      editor = CodeMirror.fromTextArea(textarea, { mode: MODES[language] || 'text/x-java', lineNumbers: true,
        indentUnit: 4, tabSize: 4, matchBrackets: true });
      editor.getInputField().setAttribute('aria-label', LABELS[language] || 'Source');
      window.judgeEditor = editor;
    }
    function text() {
      return editor ? editor.getValue() : textarea.value;
    }
    function starter(lang) {
      return textarea.getAttribute('data-starter-' + lang) || '';
    }
    var languageSelect = document.getElementById('language');
    if (languageSelect && editor) {
      languageSelect.addEventListener('change', function () {
        var chosen = languageSelect.value;
        if (chosen === language || !MODES[chosen]) {
          return;
        }
        // Untouched code (blank or the old starter) becomes the new language's starter; written code stays,
        // to be rewritten by the candidate, and is judged in the new language from now on.
        var current = editor.getValue();
        var untouched = current.trim() === '' || current.trim() === starter(language).trim();
        language = chosen;
        editor.setOption('mode', MODES[chosen]);
        editor.getInputField().setAttribute('aria-label', LABELS[chosen]);
        textarea.setAttribute('data-language', chosen);
        if (untouched) {
          editor.setValue(starter(chosen));
        } else {
          typed();
        }
      });
    }
    var timer = null;
    var saving = false;
    var again = false;
    window.interviewSaves = 0;
    function save() {
      if (saving) {
        again = true;
        return;
      }
      saving = true;
      var body = { position: pagePosition, text: text() };
      if (editor) {
        body.language = language;
      }
      call('PUT', '/work', body).then(function () {
        window.interviewSaves++;
        show('work-error', '');
        document.getElementById('save-status').textContent = 'saved';
      }).catch(function (e) {
        show('work-error', e.message);
      }).then(function () {
        saving = false;
        if (again) {
          again = false;
          save();
        }
      });
    }
    function typed() {
      document.getElementById('save-status').textContent = 'saving…';
      clearTimeout(timer);
      timer = setTimeout(save, 500);
    }
    if (editor) {
      editor.on('change', typed);
    } else if (textarea) {
      textarea.addEventListener('input', typed);
    }
    ['run', 'submit'].forEach(function (kind) {
      var button = document.getElementById(kind);
      if (button) {
        button.addEventListener('click', function () {
          call('POST', kind === 'run' ? '/runs' : '/submissions',
            { position: pagePosition, source: text(), language: language })
            .then(function () { show('work-error', ''); })
            .catch(function (e) { show('work-error', e.message); });
        });
      }
    });
    return function (state) {
      if (state.state !== pageState || state.position !== pagePosition) {
        // Another item or phase: the page itself changes, and a reload draws it with the saved work.
        clearTimeout(timer);
        if (textarea && state.state === 'LIVE' && pageState === 'LIVE' && state.position !== pagePosition) {
          save();
        }
        window.location.reload();
        return;
      }
      if (state.state === 'ENDED' && state.reportShared && !document.getElementById('report-link')) {
        window.location.reload();
        return;
      }
      if (!state.item) {
        return;
      }
      var hints = document.getElementById('hints');
      if (hints && hints.children.length !== state.item.hints.length) {
        hints.textContent = '';
        state.item.hints.forEach(function (h) {
          var li = document.createElement('li');
          li.textContent = h;
          hints.appendChild(li);
        });
        show('no-hints', state.item.hints.length ? '' : 'None yet.');
      }
      runRows(document.getElementById('runs'), state.item.runs, true);
    };
  }

  // ---- the interviewer's page ----
  function interviewer() {
    document.querySelectorAll('[data-move]').forEach(function (button) {
      button.addEventListener('click', function () {
        var move = button.getAttribute('data-move');
        call('POST', '/' + move, move === 'extend' ? { minutes: 5 } : undefined)
          .then(function () { show('move-error', ''); })
          .catch(function (e) { show('move-error', e.message); });
      });
    });
    document.querySelectorAll('textarea.notes').forEach(function (notes) {
      var timer = null;
      var position = notes.getAttribute('data-position');
      notes.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          call('PUT', '/items/' + position + '/notes', { text: notes.value }).then(function () {
            document.getElementById('notes-status-' + position).textContent = 'saved';
          }).catch(function (e) { show('move-error', e.message); });
        }, 500);
      });
    });
    document.querySelectorAll('select.score').forEach(function (select) {
      select.addEventListener('change', function () {
        var body = {};
        body[select.getAttribute('data-dimension')] = select.value ? { score: Number(select.value), note: '' } : null;
        call('PUT', '/items/' + select.getAttribute('data-position') + '/scores', body)
          .catch(function (e) { show('move-error', e.message); });
      });
    });
    var verdictStatus = document.getElementById('verdict-status');
    document.getElementById('save-verdict').addEventListener('click', function () {
      var chosen = document.querySelector('input[name="recommendation"]:checked');
      call('PUT', '/verdict', { recommendation: chosen ? chosen.value : null,
        summary: document.getElementById('summary').value })
        .then(function () { verdictStatus.textContent = 'saved'; })
        .catch(function (e) { verdictStatus.textContent = e.message; });
    });
    document.getElementById('share-report').addEventListener('click', function () {
      call('POST', '/share').then(function () { verdictStatus.textContent = 'shared with the candidate'; })
        .catch(function (e) { verdictStatus.textContent = e.message; });
    });
    function buttons(state) {
      var live = state.state === 'LIVE';
      document.getElementById('start').disabled = state.state !== 'PLANNED';
      ['release-hint', 'next-item', 'extend', 'end'].forEach(function (id) {
        document.getElementById(id).disabled = !live;
      });
    }
    buttons({ state: pageState });
    return function (state) {
      buttons(state);
      state.items.forEach(function (item) {
        var work = document.getElementById('work-' + item.position);
        var text = item.kind === 'coding' ? item.code : item.answer;
        if (work && work.textContent !== text) {
          work.textContent = text;
        }
        var badge = document.getElementById('language-' + item.position);
        if (badge) {
          badge.textContent = item.language === 'python' ? 'Python' : 'Java';
        }
        document.getElementById('hints-' + item.position).textContent = String(item.hintsReleased);
        document.getElementById('used-' + item.position).textContent = String(item.usedSeconds);
        runRows(document.getElementById('runs-' + item.position), item.runs, false);
        var card = document.getElementById('item-' + item.position);
        card.classList.toggle('current-item', state.state === 'LIVE' && item.position === state.position);
      });
      root.setAttribute('data-state', state.state);
      root.setAttribute('data-position', String(state.position));
    };
  }

  var render = seat === 'CANDIDATE' ? candidate() : interviewer();
  var stream = new EventSource(api + '/events');
  stream.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    common(state);
    render(state);
    document.body.setAttribute('data-live', 'true');
  });
})();
