// The problem editor: CodeMirror over every Java textarea (plain textareas still work without JavaScript),
// and rows of tests, wrong solutions and quiz items added from <template>s and removed in place. New rows
// get the next free index, so Spring binds tests[7].name and so on; gaps left by removed rows are harmless.
(function () {
  'use strict';
  var form = document.getElementById('problem-form');
  if (!form) {
    return;
  }
  window.judgeEditors = {};

  function codeEditor(textarea) {
    if (typeof CodeMirror === 'undefined' || textarea.getAttribute('data-editor') === 'on') {
      return;
    }
    textarea.setAttribute('data-editor', 'on');
    // Screen readers name the editor's hidden input by the field's label.
    var label = textarea.id ? document.querySelector('label[for="' + textarea.id + '"]') : null;
    var name = textarea.getAttribute('aria-label') || (label ? label.textContent.trim() : textarea.name);
    var editor = CodeMirror.fromTextArea(textarea, {
      screenReaderLabel: name,
      mode: 'text/x-java',
      lineNumbers: true,
      indentUnit: 4,
      tabSize: 4,
      matchBrackets: true,
      lineWrapping: true,
      viewportMargin: Infinity
    });
    // Tests and other scripts reach an editor by its field name.
    window.judgeEditors[textarea.name] = editor;
  }

  form.querySelectorAll('textarea.code-editor').forEach(codeEditor);

  document.querySelectorAll('[data-add-row]').forEach(function (button) {
    button.addEventListener('click', function () {
      var kind = button.getAttribute('data-add-row');
      var rows = document.querySelector('[data-rows="' + kind + '"]');
      var template = document.getElementById(kind + '-template');
      var index = parseInt(rows.getAttribute('data-next') || '0', 10);
      rows.setAttribute('data-next', String(index + 1));
      var html = template.innerHTML.replace(/\[NEW\]/g, '[' + index + ']');
      var holder = document.createElement(kind === 'test' ? 'tbody' : 'div');
      holder.innerHTML = html;
      var row = holder.firstElementChild;
      rows.appendChild(row);
      row.querySelectorAll('textarea.code-editor').forEach(codeEditor);
      var first = row.querySelector('input, textarea');
      if (first) {
        first.focus();
      }
    });
  });

  form.addEventListener('click', function (event) {
    var remove = event.target.closest('[data-remove-row]');
    if (remove) {
      var row = remove.closest('[data-row]');
      if (row) {
        row.remove();
      }
    }
  });
  document.body.setAttribute('data-editor-ready', 'true');
})();
