// Drag and drop on the Kanban board (SortableJS). Each drop is posted to the JSON API; on success the card's
// version and the column counts update in place; on a refusal (409 with code "stale" for a card changed elsewhere,
// "wip_limit" for a blocking limit) the fresh board is shown with a message. Without JavaScript, each card's Move
// form does the same job.
(function () {
  var board = document.getElementById('board');
  if (!board || board.dataset.editable !== 'true' || typeof Sortable === 'undefined') return;
  var status = document.getElementById('board-status');

  function recount() {
    board.querySelectorAll('.board-cards').forEach(function (list) {
      var n = list.querySelectorAll('.board-card').length;
      var label = board.querySelector('[data-count-for="' + list.dataset.columnId + '"]');
      if (label) label.textContent = n + (list.dataset.wip ? ' / ' + list.dataset.wip : '');
      var column = list.closest('.board-column');
      if (column) column.classList.toggle('over-limit', !!list.dataset.wip && n > parseInt(list.dataset.wip, 10));
    });
  }

  // The refusal's machine-readable code decides the message, never its English words.
  var notices = { stale: 'stale', wip_limit: 'wip' };

  function reloadWith(notice) {
    var url = new URL(window.location.href);
    url.searchParams.set('notice', notice);
    window.location.href = url.toString();
  }

  board.querySelectorAll('.board-cards').forEach(function (list) {
    Sortable.create(list, {
      group: 'board', animation: 120, filter: 'select, button, input, a', preventOnFilter: false,
      onEnd: function (evt) {
        if (evt.from === evt.to && evt.oldIndex === evt.newIndex) return;
        var card = evt.item;
        var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
        headers[window.thriveAntiforgery.header] = window.thriveAntiforgery.token(); // antiforgery.js
        fetch('/api/v1/tasks/' + card.dataset.taskId + '/move', {
          method: 'POST', credentials: 'same-origin',
          headers: headers,
          body: JSON.stringify({ columnId: evt.to.dataset.columnId, position: evt.newIndex, version: card.dataset.version })
        }).then(function (response) {
          if (response.status === 409) return response.json().then(function (p) { reloadWith(p && Object.prototype.hasOwnProperty.call(notices, p.code) ? notices[p.code] : 'error'); });
          if (!response.ok) { reloadWith('error'); return; }
          return response.json().then(function (result) {
            card.dataset.version = result.version;
            var hidden = card.querySelector('.move-version');
            if (hidden) hidden.value = result.version;
            var select = card.querySelector('.move-column');
            if (select) select.value = evt.to.dataset.columnId;
            recount();
            if (status) status.textContent = result.warning || 'Card moved.';
          });
        }).catch(function () { reloadWith('error'); });
      }
    });
  });
})();
