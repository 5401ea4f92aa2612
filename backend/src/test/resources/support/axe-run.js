// Runs axe-core on the page and answers the serious and critical WCAG 2 A/AA violations, one line each.
var done = arguments[arguments.length - 1];
axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  .then(function (r) {
    done(r.violations
      .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
      .map(function (v) {
        // CodeMirror's own scroller: keyboard users scroll it by moving the cursor in the editor's input
        // (reached by Tab, left by Esc then Tab), which axe cannot see.
        if (v.id === 'scrollable-region-focusable') {
          v.nodes = v.nodes.filter(function (n) {
            return !/\.CodeMirror-scroll$/.test(n.target[n.target.length - 1]);
          });
        }
        return v;
      })
      .filter(function (v) { return v.nodes.length > 0; })
      .map(function (v) {
        return v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.nodes[0].target.join(' ') + ' '
          + (v.nodes[0].failureSummary || '').replace(/\s+/g, ' ').slice(0, 160);
      }));
  }, function (e) { done(['axe failed: ' + e]); });
