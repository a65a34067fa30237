// Draws a line chart for each <canvas data-chart-for="TABLE_ID">, reading rows (data-x, data-y) from that
// accessible table, so the numbers are always available as text too. No inline script (the CSP forbids it).
(function () {
  if (typeof Chart === 'undefined') return;
  document.querySelectorAll('canvas[data-chart-for]').forEach(function (canvas) {
    var table = document.getElementById(canvas.dataset.chartFor);
    if (!table) return;
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-x]'));
    var labels = rows.map(function (r) { return r.dataset.x; });
    var values = rows.map(function (r) { return parseFloat(r.dataset.y); });
    var datasets = [{ label: table.querySelector('caption') ? table.querySelector('caption').textContent : 'Value', data: values,
      borderColor: '#1f6f5c', backgroundColor: 'rgba(31,111,92,.15)', fill: true, tension: 0.2, pointRadius: 4 }];
    if (canvas.dataset.chartTarget) {
      var target = parseFloat(canvas.dataset.chartTarget);
      datasets.push({ label: 'Target', data: labels.map(function () { return target; }), borderColor: '#8a5a00', borderDash: [6, 4], pointRadius: 0, fill: false });
    }
    new Chart(canvas, { type: 'line', data: { labels: labels, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } } } });
  });
})();
