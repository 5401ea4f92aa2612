// The interview list's forms: plan an interview (or save its items as a template) and start a solo mock, both
// through the interviews' JSON endpoints; a refusal shows the server's reason.
(function () {
  'use strict';
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var headerMeta = document.querySelector('meta[name="csrf-header"]');

  function post(path, body) {
    var headers = { 'Accept': 'application/json', 'Content-Type': 'application/json' };
    if (tokenMeta && headerMeta) {
      headers[headerMeta.content] = tokenMeta.content;
    }
    return fetch('/interviews/api' + path, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: JSON.stringify(body) }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          var errors = json.errors ? Object.keys(json.errors).map(function (k) { return json.errors[k]; }) : [];
          throw new Error(errors.length ? errors.join(' ') : (json.detail || ('HTTP ' + response.status)));
        }
        return json;
      });
    });
  }

  function fail(id, e) {
    var el = document.getElementById(id);
    el.textContent = e.message;
    el.classList.remove('d-none');
  }

  function value(id) {
    var el = document.getElementById(id);
    return el ? el.value.trim() : '';
  }

  function items() {
    return value('plan-items').split('\n').map(function (line) { return line.trim(); })
      .filter(function (line) { return line.length; })
      .map(function (line) {
        var parts = line.split(/\s+/);
        return { problem: parts[0], minutes: Number(parts[1] || 10) };
      });
  }

  var plan = document.getElementById('plan-form');
  if (plan) {
    plan.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = { title: value('plan-title'), items: items() };
      if (value('plan-candidate')) {
        body.candidate = value('plan-candidate');
      } else {
        body.invite = true;
      }
      if (value('plan-start')) {
        body.startsAt = new Date(value('plan-start') + 'Z').toISOString();
      }
      if (value('plan-minutes')) {
        body.durationMinutes = Number(value('plan-minutes'));
      }
      if (value('plan-template')) {
        body.template = Number(value('plan-template'));
        delete body.items;
      }
      if (value('plan-interviewers')) {
        body.interviewers = value('plan-interviewers').split(',').map(function (s) { return s.trim(); });
      }
      post('', body).then(function (created) {
        window.location.href = '/interviews/' + created.id;
      }).catch(function (e) { fail('plan-error', e); });
    });
    document.getElementById('save-template').addEventListener('click', function () {
      var name = window.prompt('Template name', value('plan-title'));
      if (!name) {
        return;
      }
      post('/templates', { name: name, items: items(),
        durationMinutes: value('plan-minutes') ? Number(value('plan-minutes')) : null })
        .then(function () {
          var done = document.getElementById('plan-done');
          done.textContent = 'Template saved; it is in the list after a reload.';
          done.classList.remove('d-none');
        }).catch(function (e) { fail('plan-error', e); });
    });
  }

  var solo = document.getElementById('solo-form');
  if (solo) {
    solo.addEventListener('submit', function (event) {
      event.preventDefault();
      var counts = {};
      ['coding', 'conceptual', 'case-study', 'system-design'].forEach(function (kind) {
        var n = Number(value('solo-' + kind) || 0);
        if (n > 0) {
          counts[kind] = n;
        }
      });
      var topics = value('solo-topics') ? value('solo-topics').split(',').map(function (s) { return s.trim(); }) : [];
      post('/solo', { counts: counts, topics: topics, difficulty: value('solo-difficulty') || null,
        minutes: Number(value('solo-minutes') || 10) })
        .then(function (created) { window.location.href = '/interviews/' + created.id; })
        .catch(function (e) { fail('solo-error', e); });
    });
  }
})();
