// The problem page's editor: CodeMirror over the plain textarea (which still works without JavaScript),
// the editor's text sent with every htmx Run/Submit, compile errors marked at their line, and runtime-error
// frames that jump to theirs. The language switch changes the editor's mode and keeps one draft per language.
(function () {
  'use strict';
  var textarea = document.getElementById('source');
  if (!textarea || typeof CodeMirror === 'undefined') {
    return;
  }
  var MODES = { java: 'text/x-java', python: 'python' };
  var LABELS = { java: 'Java source', python: 'Python source' };
  var languageSelect = document.getElementById('language');
  var language = languageSelect ? languageSelect.value : 'java';
  var editor = CodeMirror.fromTextArea(textarea, {
    mode: MODES[language] || 'text/x-java',
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

  // Drafts live on the server, one per language, so they follow the user to another browser.
  var draftUrl = textarea.getAttribute('data-draft-url');
  var drafting = draftUrl && document.getElementById('submit');
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var headerMeta = document.querySelector('meta[name="csrf-header"]');
  var saveTimer = null;
  var loaded = false;
  // What each language's editor held when the user left it: switching back needs no round trip.
  var texts = {};
  window.judgeDraftSaves = 0;

  function draftUrlFor(lang) {
    return draftUrl + '?language=' + encodeURIComponent(lang);
  }

  function saveDraft(lang, text) {
    var headers = { 'Content-Type': 'text/plain;charset=UTF-8' };
    if (tokenMeta && headerMeta) {
      headers[headerMeta.content] = tokenMeta.content;
    }
    fetch(draftUrlFor(lang), { method: 'PUT', headers: headers, body: text, credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) {
          window.judgeDraftSaves++;
        }
      });
  }

  function starter(lang) {
    return textarea.getAttribute('data-starter-' + lang) || '';
  }

  // Puts the language's text in the editor: what it held before, else the saved draft, else the starter.
  function show(lang) {
    loaded = false;
    document.body.removeAttribute('data-draft-loaded');
    function put(text) {
      if (lang !== language) {
        return;
      }
      editor.setValue(text);
      // Undo starts from the restored text: Ctrl+Z must not bring the starter back over it.
      editor.clearHistory();
      loaded = true;
      document.body.setAttribute('data-draft-loaded', 'true');
    }
    if (texts[lang] !== undefined) {
      put(texts[lang]);
    } else if (drafting) {
      fetch(draftUrlFor(lang), { credentials: 'same-origin' })
        .then(function (response) { return response.status === 200 ? response.text() : null; })
        .then(function (draft) { put(draft || starter(lang)); }, function () { put(starter(lang)); });
    } else {
      put(starter(lang));
    }
  }

  function switchTo(lang) {
    if (lang === language || !MODES[lang]) {
      return;
    }
    if (saveTimer !== null && loaded && drafting) {
      clearTimeout(saveTimer);
      saveTimer = null;
      saveDraft(language, editor.getValue());
    }
    if (loaded) {
      texts[language] = editor.getValue();
    }
    language = lang;
    editor.setOption('mode', MODES[lang]);
    editor.getInputField().setAttribute('aria-label', LABELS[lang]);
    clearMarks();
    document.body.setAttribute('data-language', lang);
    try {
      window.localStorage.setItem('judge-language', lang);
    } catch (e) {
      // Storage may be off; the switch still works for this page.
    }
    show(lang);
  }

  if (drafting) {
    editor.on('change', function () {
      if (!loaded) {
        return;
      }
      clearTimeout(saveTimer);
      var lang = language;
      saveTimer = setTimeout(function () {
        saveTimer = null;
        saveDraft(lang, editor.getValue());
      }, 800);
    });
  }
  document.body.setAttribute('data-language', language);
  if (languageSelect) {
    languageSelect.addEventListener('change', function () {
      switchTo(languageSelect.value);
    });
  }
  // The language last chosen, on any problem, when this server judges it.
  var preferred = null;
  try {
    preferred = window.localStorage.getItem('judge-language');
  } catch (e) {
    preferred = null;
  }
  var preferredOption = languageSelect && preferred && MODES.hasOwnProperty(preferred)
    ? languageSelect.querySelector('option[value="' + preferred + '"]') : null;
  if (preferredOption && !preferredOption.disabled && preferred !== language) {
    languageSelect.value = preferred;
    language = preferred;
    editor.setOption('mode', MODES[preferred]);
    editor.getInputField().setAttribute('aria-label', LABELS[preferred]);
    document.body.setAttribute('data-language', preferred);
    editor.setValue(starter(preferred));
  }
  if (drafting) {
    show(language);
  } else {
    loaded = true;
  }

  document.body.addEventListener('htmx:configRequest', function (event) {
    // Only the posts carry the source: on a GET (the verdict poll) it would go into the URL, and a long
    // solution then overflows the request line.
    if (event.detail.verb === 'get') {
      return;
    }
    editor.save();
    event.detail.parameters.source = editor.getValue();
    event.detail.parameters.language = language;
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
