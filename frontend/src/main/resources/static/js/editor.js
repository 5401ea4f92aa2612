// The problem page's editor: CodeMirror over the plain textarea (which still works without JavaScript),
// the editor's text sent with every htmx Run/Submit, compile errors marked at their line, and runtime-error
// frames that jump to theirs.
(function () {
  'use strict';
  var textarea = document.getElementById('source');
  if (!textarea || typeof CodeMirror === 'undefined') {
    return;
  }
  var editor = CodeMirror.fromTextArea(textarea, {
    mode: 'text/x-java',
    lineNumbers: true,
    indentUnit: 4,
    tabSize: 4,
    matchBrackets: true,
    lineWrapping: true,
    viewportMargin: Infinity,
    gutters: ['CodeMirror-linenumbers', 'diagnostics'],
    screenReaderLabel: textarea.getAttribute('aria-label') || 'Code editor'
  });
  window.judgeEditor = editor;

  // Tab indents, as in any code editor, so the keyboard needs another way out: Esc then Tab (or Shift+Tab) moves
  // the focus on, CodeMirror's own accessible pattern. The page says so under the editor.
  var released = false;
  var keysHint = textarea.getAttribute('data-keys-hint');
  if (keysHint) {
    editor.getInputField().setAttribute('aria-describedby', keysHint);
  }
  editor.on('keydown', function (cm, event) {
    if (event.key === 'Escape') {
      released = true;
      document.body.setAttribute('data-editor-released', 'true');
      return;
    }
    if (event.key === 'Tab' && released) {
      // Left to the browser, which moves the focus out of the editor's input field.
      event.codemirrorIgnore = true;
      released = false;
      return;
    }
    if (event.key !== 'Shift') {
      released = false;
    }
  });
  editor.on('blur', function () {
    released = false;
  });
  editor.on('change', function () {
    document.body.dispatchEvent(new CustomEvent('judge:sourceChanged'));
  });
  var marked = [];

  function clearMarks() {
    marked.forEach(function (line) {
      editor.removeLineClass(line, 'background', 'line-with-error');
    });
    marked = [];
    editor.clearGutter('diagnostics');
  }

  function markDiagnostics(result) {
    clearMarks();
    var diagnostics = [];
    try {
      diagnostics = JSON.parse(result.getAttribute('data-diagnostics') || '[]');
    } catch (e) {
      return;
    }
    diagnostics.forEach(function (d) {
      if (!d.line || d.line < 1 || d.line > editor.lineCount()) {
        return;
      }
      var line = d.line - 1;
      editor.addLineClass(line, 'background', 'line-with-error');
      var marker = document.createElement('span');
      marker.className = 'diagnostic-marker';
      marker.title = d.message;
      marker.textContent = '●';
      editor.setGutterMarker(line, 'diagnostics', marker);
      marked.push(line);
    });
  }

  // Drafts live on the server, so they follow the user to another browser.
  var draftUrl = textarea.getAttribute('data-draft-url');
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var headerMeta = document.querySelector('meta[name="csrf-header"]');
  var saveTimer = null;
  var loaded = false;
  window.judgeDraftSaves = 0;

  function saveDraft() {
    var headers = { 'Content-Type': 'text/plain;charset=UTF-8' };
    if (tokenMeta && headerMeta) {
      headers[headerMeta.content] = tokenMeta.content;
    }
    fetch(draftUrl, { method: 'PUT', headers: headers, body: editor.getValue(), credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) {
          window.judgeDraftSaves++;
        }
      });
  }

  if (draftUrl && document.getElementById('submit')) {
    fetch(draftUrl, { credentials: 'same-origin' })
      .then(function (response) { return response.status === 200 ? response.text() : null; })
      .then(function (draft) {
        if (draft) {
          editor.setValue(draft);
          // Undo starts from the restored draft: Ctrl+Z must not bring the starter back over it.
          editor.clearHistory();
        }
        loaded = true;
        document.body.setAttribute('data-draft-loaded', 'true');
      });
    editor.on('change', function () {
      if (!loaded) {
        return;
      }
      clearTimeout(saveTimer);
      saveTimer = setTimeout(saveDraft, 800);
    });
  }

  document.body.addEventListener('htmx:configRequest', function (event) {
    // Only the posts carry the source: on a GET (the verdict poll) it would go into the URL, and a long
    // solution then overflows the request line.
    if (event.detail.verb === 'get') {
      return;
    }
    editor.save();
    event.detail.parameters.source = editor.getValue();
  });
  // A runtime error's frames link to the user's lines: show that line in the editor.
  var frameLine = null;
  document.body.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.frame-line') : null;
    var line = link ? Number(link.getAttribute('data-line')) : 0;
    if (!line || line < 1 || line > editor.lineCount()) {
      return;
    }
    event.preventDefault();
    if (frameLine !== null) {
      editor.removeLineClass(frameLine, 'background', 'line-with-frame');
    }
    frameLine = line - 1;
    editor.addLineClass(frameLine, 'background', 'line-with-frame');
    editor.setCursor({ line: frameLine, ch: 0 });
    editor.scrollIntoView({ line: frameLine, ch: 0 }, 100);
    editor.getWrapperElement().scrollIntoView({ block: 'center', behavior: 'instant' });
    editor.focus();
    document.body.setAttribute('data-editor-line', String(line));
  });

  document.body.addEventListener('htmx:afterSwap', function () {
    var result = document.getElementById('result');
    if (result && result.getAttribute('data-done') === 'true') {
      markDiagnostics(result);
    }
  });
})();
