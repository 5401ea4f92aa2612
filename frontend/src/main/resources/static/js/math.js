// Typesets $...$ and $$...$$ in rendered Markdown (statements, answers) with KaTeX, on load and after
// every htmx swap. Code blocks are left alone.
(function () {
  'use strict';
  function typeset(root) {
    if (typeof renderMathInElement === 'undefined') {
      return;
    }
    root.querySelectorAll('.statement, .math').forEach(function (element) {
      renderMathInElement(element, {
        delimiters: [
          { left: '$$', right: '$$', display: true },
          { left: '$', right: '$', display: false }
        ],
        ignoredTags: ['script', 'noscript', 'style', 'textarea', 'pre', 'code'],
        throwOnError: false
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { typeset(document); });
  document.addEventListener('htmx:afterSwap', function (event) { typeset(event.target); });
})();
