// Draws charts from accessible tables, so the numbers are always there as text too. No inline script (the CSP
// forbids it). A <canvas data-chart-for="TABLE_ID"> reads that table:
//  - rows <tr data-x="label"> with cells <td data-v="number" data-series="Name"> give one dataset per series;
//  - data-chart-type: line (default), bar, stacked (stacked areas) or scatter (rows with data-x date, data-y value);
//  - data-chart-lines="Label:value;Label:value" adds horizontal reference lines (targets, percentiles).
(function () {
  if (typeof Chart === 'undefined') return;
  var palette = ['#1f6f5c', '#d08c00', '#1d4e89', '#9b2226', '#6a4c93'];
  document.querySelectorAll('canvas[data-chart-for]').forEach(function (canvas) {
    var table = document.getElementById(canvas.dataset.chartFor);
    if (!table) return;
    var type = canvas.dataset.chartType || 'line';
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-x]'));
    var labels = rows.map(function (r) { return r.dataset.x; });
    var datasets = [];
    if (type === 'scatter') {
      datasets.push({ type: 'scatter', label: canvas.dataset.chartLabel || 'Value', backgroundColor: palette[0],
        data: rows.map(function (r) { return { x: r.dataset.x, y: parseFloat(r.dataset.y) }; }) });
    } else if (rows.length && rows[0].querySelector('td[data-v]')) {
      var names = Array.prototype.map.call(rows[0].querySelectorAll('td[data-v]'), function (c) { return c.dataset.series || 'Value'; });
      names.forEach(function (name, i) {
        datasets.push({ label: name, borderColor: palette[i % palette.length], backgroundColor: type === 'bar' ? palette[i % palette.length] : palette[i % palette.length] + '55',
          fill: type === 'stacked', tension: 0.2, pointRadius: type === 'stacked' ? 0 : 3,
          data: rows.map(function (r) { var v = r.querySelectorAll('td[data-v]')[i].dataset.v; return v === '' ? null : parseFloat(v); }) });
      });
    } else {
      datasets.push({ label: table.querySelector('caption') ? table.querySelector('caption').textContent : 'Value', data: rows.map(function (r) { return parseFloat(r.dataset.y); }),
        borderColor: palette[0], backgroundColor: palette[0] + '26', fill: true, tension: 0.2, pointRadius: 4 });
    }
    var lines = (canvas.dataset.chartLines || (canvas.dataset.chartTarget ? 'Target:' + canvas.dataset.chartTarget : '')).split(';').filter(Boolean);
    lines.forEach(function (l, i) {
      var parts = l.split(':'); var v = parseFloat(parts[1]);
      if (isNaN(v)) return;
      var xs = type === 'scatter' ? rows.map(function (r) { return { x: r.dataset.x, y: v }; }) : labels.map(function () { return v; });
      datasets.push({ type: 'line', label: parts[0], data: xs, borderColor: i === 0 ? '#8a5a00' : '#9b2226', borderDash: [6, 4], pointRadius: 0, fill: false });
    });
    var scales = type === 'scatter' ? { x: { type: 'category', labels: rows.map(function (r) { return r.dataset.x; }) } } :
      type === 'stacked' ? { y: { stacked: true }, x: {} } : {};
    new Chart(canvas, { type: type === 'stacked' ? 'line' : type === 'scatter' ? 'scatter' : type, data: { labels: labels, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: scales, plugins: { legend: { position: 'bottom' } } } });
  });
})();
