// Draws the user's output next to the reference's for sample tests on 2-D points (data-plot attributes in
// the result fragment): clusters coloured by label, classified points over the training set, fitted lines.
(function () {
  'use strict';
  var palette = ['#3b3f99', '#10b981', '#f59e0b', '#ef4444', '#8b5cf6', '#06b6d4', '#84cc16', '#ec4899'];

  function colour(label) {
    var n = Number(label);
    return palette[((isNaN(n) ? 0 : n) % palette.length + palette.length) % palette.length];
  }

  function byLabel(points, labels, name) {
    var groups = {};
    points.forEach(function (p, i) {
      var label = labels && labels.length > i ? labels[i] : '?';
      (groups[label] = groups[label] || []).push({ x: p[0], y: p[1] });
    });
    return Object.keys(groups).map(function (label) {
      return { label: name + ' ' + label, data: groups[label], backgroundColor: colour(label), pointRadius: 4 };
    });
  }

  function datasets(plot, output) {
    if (plot.type === 'clusters') {
      var sets = byLabel(plot.points, output, 'cluster');
      sets.push({ label: 'initial centroids', data: plot.centroids.map(function (c) { return { x: c[0], y: c[1] }; }),
        pointStyle: 'crossRot', pointRadius: 9, borderColor: '#111', borderWidth: 2, backgroundColor: '#111' });
      return sets;
    }
    if (plot.type === 'classification') {
      var train = byLabel(plot.train, plot.trainLabels, 'train');
      train.forEach(function (set) { set.pointRadius = 3; set.backgroundColor = set.backgroundColor + '66'; });
      var test = byLabel(plot.test, output, 'predicted');
      test.forEach(function (set) { set.pointStyle = 'triangle'; set.pointRadius = 7; });
      return train.concat(test);
    }
    if (plot.type === 'regression') {
      var xs = plot.x.map(function (row) { return row[0]; });
      var points = xs.map(function (x, i) { return { x: x, y: plot.y[i] }; });
      var sets = [{ label: 'data', data: points, backgroundColor: '#3b3f99', pointRadius: 4 }];
      if (output && output.length === 2) {
        var lo = Math.min.apply(null, xs), hi = Math.max.apply(null, xs);
        sets.push({ label: 'fitted line', type: 'line', data: [{ x: lo, y: output[0] + output[1] * lo },
          { x: hi, y: output[0] + output[1] * hi }], borderColor: '#ef4444', pointRadius: 0 });
      }
      return sets;
    }
    return [];
  }

  function draw(root) {
    if (typeof Chart === 'undefined') {
      return;
    }
    root.querySelectorAll('.plot[data-plot]').forEach(function (element) {
      var plot = JSON.parse(element.getAttribute('data-plot'));
      [['.plot-got', plot.got], ['.plot-expected', plot.expected]].forEach(function (pair) {
        var canvas = element.querySelector(pair[0]);
        if (canvas && !canvas.getAttribute('data-drawn')) {
          canvas.setAttribute('data-drawn', 'true');
          new Chart(canvas, { type: 'scatter', data: { datasets: datasets(plot, pair[1]) },
            options: { animation: false, plugins: { legend: { labels: { boxWidth: 10 } } } } });
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSwap', function (event) { draw(event.target); });
})();
