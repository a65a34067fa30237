// The Kanban board's interactions, each saved through the JSON API without reloading the page:
// - drag a card by any part of it (SortableJS; a click on its title still opens it);
// - one keyboard-accessible move dialog, opened by each card's Move button;
// - quick-add at the top of each column (the card goes to the goal the board is filtered by);
// - rename a card in place (Enter saves, Escape cancels);
// - "Show all" on a long column fetches the rest of its cards into it.
// A refusal (409 with code "stale" for a card changed elsewhere, "wip_limit" for a blocking limit) shows the fresh
// board with a message chosen by that code, never by its English words. Without JavaScript, each card's Move link
// opens the card's page with its move form, and each quick-add form posts to the page.
(function () {
  var board = document.getElementById('board');
  if (!board || board.dataset.editable !== 'true') return;
  var status = document.getElementById('board-status');
  var notices = { stale: 'stale', wip_limit: 'wip' };

  function say(text) { if (status) status.textContent = text; }

  function reloadWith(notice) {
    var url = new URL(window.location.href);
    url.searchParams.set('notice', notice);
    window.location.href = url.toString();
  }

  function api(method, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[window.thriveAntiforgery.header] = window.thriveAntiforgery.token(); // antiforgery.js
    return fetch(url, { method: method, credentials: 'same-origin', headers: headers, body: body ? JSON.stringify(body) : undefined });
  }

  // A refused write: the fresh board with the message its code names.
  function refused(response) {
    if (response.status === 409) return response.json().then(function (p) { reloadWith(p && Object.prototype.hasOwnProperty.call(notices, p.code) ? notices[p.code] : 'error'); });
    reloadWith('error');
  }

  function recount() {
    board.querySelectorAll('.board-cards').forEach(function (list) {
      // A long column draws its first cards: the ones not drawn still count.
      var n = list.querySelectorAll('.board-card').length + (parseInt(list.dataset.hidden, 10) || 0);
      var label = board.querySelector('[data-count-for="' + list.dataset.columnId + '"]');
      if (label) label.textContent = n + (list.dataset.wip ? ' / ' + list.dataset.wip : '');
      var column = list.closest('.board-column');
      if (column) column.classList.toggle('over-limit', !!list.dataset.wip && n > parseInt(list.dataset.wip, 10));
      var more = column && column.querySelector('.show-all a');
      if (more && more.firstChild) more.firstChild.nodeValue = 'Show all ' + n + ' cards';
      var empty = column && column.querySelector('.empty-column');
      if (empty) empty.hidden = n > 0;
    });
  }

  function titleOf(card) { return card.querySelector('.card-title').textContent; }

  // Posts a move; on success the card already stands where it was put.
  function move(card, columnId, position) {
    return api('POST', '/api/v1/tasks/' + card.dataset.taskId + '/move', { columnId: columnId, position: position, version: card.dataset.version })
      .then(function (response) {
        if (!response.ok) return refused(response);
        return response.json().then(function (result) {
          card.dataset.version = result.version;
          recount();
          var heading = card.closest('.board-column').querySelector('h2');
          say(result.warning || 'Card moved to ' + (heading ? heading.textContent : 'its column') + '.');
        });
      }).catch(function () { reloadWith('error'); });
  }

  // Drag and drop, from anywhere on the card but its buttons and fields.
  if (typeof Sortable !== 'undefined') {
    board.querySelectorAll('.board-cards').forEach(function (list) {
      Sortable.create(list, {
        group: 'board', animation: 120, filter: 'button, input, select, textarea', preventOnFilter: false,
        onEnd: function (evt) {
          if (evt.from === evt.to && evt.oldIndex === evt.newIndex) return;
          move(evt.item, evt.to.dataset.columnId, evt.newIndex);
        }
      });
    });
  }

  // The move dialog.
  var dialog = document.getElementById('move-dialog');
  var form = document.getElementById('move-dialog-form');
  var current = null;
  function openMove(card) {
    current = card;
    document.getElementById('move-dialog-card').textContent = titleOf(card);
    document.getElementById('move-dialog-version').value = card.dataset.version;
    document.getElementById('move-dialog-column').value = card.closest('.board-cards').dataset.columnId;
    dialog.showModal();
    document.getElementById('move-dialog-column').focus();
  }
  document.getElementById('move-dialog-cancel').addEventListener('click', function () { dialog.close(); });
  dialog.addEventListener('close', function () {
    if (current) { var trigger = current.querySelector('.card-move'); if (trigger) trigger.focus(); }
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var card = current;
    var columnId = document.getElementById('move-dialog-column').value;
    var list = board.querySelector('.board-cards[data-column-id="' + columnId + '"]');
    var others = Array.prototype.filter.call(list.querySelectorAll('.board-card'), function (c) { return c !== card; });
    var place = Math.min(parseInt(document.getElementById('move-dialog-place').value, 10), others.length);
    list.insertBefore(card, others[place] || null);
    // "At the bottom" of a long column is below the cards not drawn too.
    var position = place === others.length ? place + (parseInt(list.dataset.hidden, 10) || 0) : place;
    dialog.close();
    move(card, columnId, position);
  });

  // Buttons on the cards (also on cards added since the page loaded).
  board.addEventListener('click', function (e) {
    var card = e.target.closest('.board-card');
    if (!card) return;
    if (e.target.closest('.card-move')) { e.preventDefault(); openMove(card); }
    else if (e.target.closest('.card-rename')) { e.preventDefault(); rename(card); }
  });

  // The rest of a long column, fetched into it (the link opens the page with the column in full without JavaScript).
  board.querySelectorAll('.show-all a[data-column-id]').forEach(function (link) {
    link.addEventListener('click', function (e) {
      e.preventDefault();
      var list = board.querySelector('.board-cards[data-column-id="' + link.dataset.columnId + '"]');
      fetch(link.href, { credentials: 'same-origin' }).then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); }).then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.board-cards[data-column-id="' + link.dataset.columnId + '"]');
        if (!fresh) throw new Error('column not found');
        list.replaceChildren.apply(list, Array.prototype.map.call(fresh.children, function (c) { return document.importNode(c, true); }));
        list.dataset.hidden = fresh.dataset.hidden;
        list.querySelectorAll('.card-rename').forEach(function (b) { b.hidden = false; });
        link.closest('.show-all').remove();
        recount();
        say('All ' + list.querySelectorAll('.board-card').length + ' cards shown.');
      }).catch(function () { window.location.href = link.href; });
    });
  });

  // Rename in place.
  function rename(card) {
    var link = card.querySelector('.card-title');
    if (card.querySelector('.card-title-edit')) return;
    var input = document.createElement('input');
    input.type = 'text'; input.maxLength = 200; input.value = link.textContent;
    input.className = 'form-control form-control-sm card-title-edit';
    input.setAttribute('aria-label', 'New title for "' + link.textContent + '"');
    link.hidden = true;
    link.after(input);
    input.focus(); input.select();
    var done = false;
    function finish(save) {
      if (done) return; done = true;
      var title = input.value.trim();
      input.remove(); link.hidden = false;
      card.querySelector('.card-rename').focus();
      if (!save || title === '' || title === link.textContent) return;
      api('PUT', '/api/v1/tasks/' + card.dataset.taskId + '/title', { title: title, version: card.dataset.version }).then(function (response) {
        if (!response.ok) return refused(response);
        return response.json().then(function (result) {
          card.dataset.version = result.version;
          setTitle(card, result.title);
          say('Card renamed.');
        });
      }).catch(function () { reloadWith('error'); });
    }
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); finish(true); }
      else if (e.key === 'Escape') { e.preventDefault(); finish(false); }
    });
    input.addEventListener('blur', function () { finish(true); });
  }

  function setTitle(card, title) {
    card.querySelector('.card-title').textContent = title;
    card.querySelectorAll('.card-actions .visually-hidden').forEach(function (s) { s.textContent = ' "' + title + '"'; });
  }

  board.querySelectorAll('.card-rename').forEach(function (b) { b.hidden = false; });

  // Quick-add at the top of each column: the card appears at the bottom of the column; the field stays ready for the next.
  var template = document.getElementById('card-template');
  board.querySelectorAll('.quick-add').forEach(function (quick) {
    quick.addEventListener('submit', function (e) {
      e.preventDefault();
      var input = quick.querySelector('input[type=text]');
      var title = input.value.trim();
      if (title === '') { input.focus(); return; }
      var goal = quick.querySelector('input[type=hidden][name$="GoalId"]');
      var body = { title: title, columnId: quick.dataset.columnId, goalId: goal ? goal.value : null };
      api('POST', '/api/v1/boards/' + board.dataset.boardId + '/tasks', body).then(function (response) {
        if (response.status === 400) { quick.submit(); return; } // the page shows the field's message
        if (!response.ok) return refused(response);
        return response.json().then(function (created) {
          return api('GET', '/api/v1/tasks/' + created.id).then(function (r) { return r.json(); }).then(function (task) {
            var card = template.content.firstElementChild.cloneNode(true);
            card.dataset.taskId = task.id;
            card.dataset.version = task.version;
            card.querySelector('.card-title').href = '/Tasks/' + task.id;
            card.querySelector('.card-move').href = '/Tasks/' + task.id + '#move';
            setTitle(card, task.title);
            board.querySelector('.board-cards[data-column-id="' + quick.dataset.columnId + '"]').appendChild(card);
            input.value = '';
            input.focus();
            recount();
            say('Card added: ' + task.title + '.');
          });
        });
      }).catch(function () { reloadWith('error'); });
    });
  });
})();
