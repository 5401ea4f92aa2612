// Draws the user's output next to the reference's for sample tests on 2-D points (data-plot attributes in
// the result fragment): clusters coloured by label, classified points over the training set, fitted lines,
// logistic decision boundaries, principal components.
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
    if (plot.type === 'logistic') {
      return logistic(plot, output);
    }
    if (plot.type === 'pca') {
      return pca(plot, output);
    }
    return [];
  }

  function range(values) {
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    var pad = (hi - lo) * 0.1 || 1;
    return { lo: lo - pad, hi: hi + pad };
  }

  // Points coloured by class with the model's decision boundary b + w.x = 0 (two features), or the fitted
  // probability curve over the 0/1 labels (one feature).
  function logistic(plot, output) {
    var b = output ? output[0] : null;
    if (plot.points[0].length === 1) {
      var xs = plot.points.map(function (row) { return row[0]; });
      var sets = byLabel(plot.points.map(function (row, i) { return [row[0], plot.labels[i]]; }), plot.labels, 'class');
      if (output && output.length === 2) {
        var r = range(xs), curve = [];
        for (var i = 0; i <= 60; i++) {
          var x = r.lo + (r.hi - r.lo) * i / 60;
          curve.push({ x: x, y: 1 / (1 + Math.exp(-(b + output[1] * x))) });
        }
        sets.push({ label: 'P(y = 1)', type: 'line', data: curve, borderColor: '#ef4444', pointRadius: 0 });
      }
      return sets;
    }
    var sets2 = byLabel(plot.points, plot.labels, 'class');
    if (output && output.length === 3) {
      var rx = range(plot.points.map(function (p) { return p[0]; }));
      var ry = range(plot.points.map(function (p) { return p[1]; }));
      var line = null;
      if (Math.abs(output[2]) > 1e-12) {
        line = [rx.lo, rx.hi].map(function (x) { return { x: x, y: -(b + output[1] * x) / output[2] }; });
      } else if (Math.abs(output[1]) > 1e-12) {
        line = [{ x: -b / output[1], y: ry.lo }, { x: -b / output[1], y: ry.hi }];
      }
      if (line) {
        sets2.push({ label: 'decision boundary', type: 'line', data: line, borderColor: '#111', borderDash: [6, 4],
          pointRadius: 0 });
      }
    }
    return sets2;
  }

  // The points, their projections on the first component, and each component as an arrow from the mean whose
  // length is two standard deviations of the data along it.
  function pca(plot, output) {
    var mean = plot.mean;
    var sets = [{ label: 'data', data: plot.points.map(function (p) { return { x: p[0], y: p[1] }; }),
      backgroundColor: '#3b3f9999', pointRadius: 4 }];
    (output || []).forEach(function (c, k) {
      var norm = Math.sqrt(c[0] * c[0] + c[1] * c[1]);
      if (!(norm > 0)) {
        return;
      }
      var u = [c[0] / norm, c[1] / norm], sum = 0;
      var along = plot.points.map(function (p) { return (p[0] - mean[0]) * u[0] + (p[1] - mean[1]) * u[1]; });
      along.forEach(function (t) { sum += t * t; });
      var length = 2 * Math.sqrt(sum / along.length) || 1;
      if (k === 0) {
        sets.push({ label: 'projected on component 1', data: along.map(function (t) {
          return { x: mean[0] + t * u[0], y: mean[1] + t * u[1] };
        }), borderColor: '#f59e0b', backgroundColor: 'transparent', pointRadius: 4, borderWidth: 1.5 });
      }
      sets.push({ label: 'component ' + (k + 1), type: 'line', arrow: true, borderColor: palette[(k + 3) % palette.length],
        backgroundColor: palette[(k + 3) % palette.length], borderWidth: 3, pointRadius: 0,
        data: [{ x: mean[0], y: mean[1] }, { x: mean[0] + length * u[0], y: mean[1] + length * u[1] }] });
    });
    sets.push({ label: 'mean', data: [{ x: mean[0], y: mean[1] }], pointStyle: 'crossRot', pointRadius: 8,
      borderColor: '#111', borderWidth: 2 });
    return sets;
  }

  // Square axes with one scale, so orthogonal components look orthogonal.
  function squareScales(sets) {
    var xs = [], ys = [];
    sets.forEach(function (set) { set.data.forEach(function (p) { xs.push(p.x); ys.push(p.y); }); });
    var cx = (Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2;
    var cy = (Math.min.apply(null, ys) + Math.max.apply(null, ys)) / 2;
    var half = Math.max(Math.max.apply(null, xs) - Math.min.apply(null, xs),
      Math.max.apply(null, ys) - Math.min.apply(null, ys)) * 0.55 || 1;
    return { x: { min: cx - half, max: cx + half }, y: { min: cy - half, max: cy + half } };
  }

  var arrowHeads = {
    id: 'arrowHeads',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      chart.data.datasets.forEach(function (set, i) {
        var meta = chart.getDatasetMeta(i);
        if (!set.arrow || meta.hidden || meta.data.length < 2) {
          return;
        }
        var from = meta.data[0], to = meta.data[1];
        var angle = Math.atan2(to.y - from.y, to.x - from.x);
        ctx.save();
        ctx.fillStyle = set.borderColor;
        ctx.translate(to.x, to.y);
        ctx.rotate(angle);
        ctx.beginPath();
        ctx.moveTo(0, 0);
        ctx.lineTo(-12, -6);
        ctx.lineTo(-12, 6);
        ctx.closePath();
        ctx.fill();
        ctx.restore();
      });
    }
  };

  function options(plot, sets) {
    var options = { animation: false, plugins: { legend: { labels: { boxWidth: 10 } } } };
    if (plot.type === 'pca') {
      options.aspectRatio = 1;
      options.scales = squareScales(sets);
    }
    if (plot.type === 'logistic' && plot.points[0].length === 2) {
      var rx = range(plot.points.map(function (p) { return p[0]; }));
      var ry = range(plot.points.map(function (p) { return p[1]; }));
      options.scales = { x: { min: rx.lo, max: rx.hi }, y: { min: ry.lo, max: ry.hi } };
    }
    return options;
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
          var sets = datasets(plot, pair[1]);
          new Chart(canvas, { type: 'scatter', data: { datasets: sets }, options: options(plot, sets),
            plugins: [arrowHeads] });
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSwap', function (event) { draw(event.target); });
})();
