// demarche dashboard: small enhancements over server-rendered pages. Every
// page works without this file; it adds keyboard movement in the charts,
// links between highlighted spans and the events they belong to, and fills
// in sections that the server was still computing.
(function () {
  'use strict';

  // Charts: one tab stop per chart; the arrow keys move between periods,
  // Home and End go to the first and last, Page Up and Page Down jump by
  // ten; Enter opens the period (it is a link). The readout under the chart
  // says what the focused or pointed period holds.
  function initChart(fig) {
    var hits = Array.prototype.slice.call(fig.querySelectorAll('a.hit'));
    var readout = fig.querySelector('.readout');
    if (!hits.length) return;
    var cur = hits.length - 1;
    for (var i = hits.length - 1; i >= 0; i--) {
      if (hits[i].getAttribute('data-events') !== '0') { cur = i; break; }
    }
    function show(i) {
      if (readout) readout.textContent = hits[i].getAttribute('aria-label');
      hits.forEach(function (h, j) { h.classList.toggle('active', j === i); });
    }
    function set(i, focus) {
      i = Math.max(0, Math.min(hits.length - 1, i));
      hits[cur].setAttribute('tabindex', '-1');
      cur = i;
      hits[cur].setAttribute('tabindex', '0');
      show(cur);
      if (focus) hits[cur].focus();
    }
    hits.forEach(function (h, i) {
      h.setAttribute('tabindex', i === cur ? '0' : '-1');
      h.addEventListener('focus', function () { set(i, false); });
      h.addEventListener('mouseenter', function () { show(i); });
      h.addEventListener('keydown', function (ev) {
        var n = null;
        switch (ev.key) {
          case 'ArrowRight': case 'ArrowDown': n = cur + 1; break;
          case 'ArrowLeft': case 'ArrowUp': n = cur - 1; break;
          case 'Home': n = 0; break;
          case 'End': n = hits.length - 1; break;
          case 'PageDown': n = cur + 10; break;
          case 'PageUp': n = cur - 10; break;
          case ' ': ev.preventDefault(); h.click(); return;
        }
        if (n === null) return;
        ev.preventDefault();
        set(n, true);
      });
    });
    fig.setAttribute('data-ready', '1');
  }

  // Sections the server sent as placeholders: ask for them again; the
  // server answers when they are ready.
  function fillPart(el, tries) {
    var url = el.getAttribute('data-part');
    el.setAttribute('aria-busy', 'true');
    fetch(url, { headers: { 'Accept': 'text/html' } }).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    }).then(function (html) {
      var box = document.createElement('div');
      box.innerHTML = html;
      var fresh = box.firstElementChild;
      if (!fresh) throw new Error('empty');
      el.replaceWith(fresh);
      init(fresh);
    }).catch(function () {
      if (tries < 20) setTimeout(function () { fillPart(el, tries + 1); }, 2000);
    });
  }

  // Highlighted spans and the events they belong to: pointing at or
  // focusing an event lights its spans; clicking a span shows its event.
  function light(root, id, on) {
    root.querySelectorAll('mark[data-ev]').forEach(function (m) {
      if ((' ' + m.getAttribute('data-ev') + ' ').indexOf(' ' + id + ' ') >= 0) m.classList.toggle('lit', on);
    });
  }
  function initDocument(root) {
    var items = root.querySelectorAll('li[data-ev]');
    items.forEach(function (li) {
      var id = li.getAttribute('data-ev');
      li.addEventListener('mouseenter', function () { light(document, id, true); });
      li.addEventListener('mouseleave', function () { if (location.hash !== '#ev-' + id) light(document, id, false); });
      li.addEventListener('focusin', function () { light(document, id, true); });
      li.addEventListener('focusout', function () { if (location.hash !== '#ev-' + id) light(document, id, false); });
    });
    root.querySelectorAll('mark[data-ev]').forEach(function (m) {
      m.addEventListener('click', function () {
        var id = m.getAttribute('data-ev').split(' ')[0];
        var li = document.getElementById('ev-' + id);
        if (li) { location.hash = 'ev-' + id; li.focus(); }
      });
    });
  }

  // A link to an element inside a closed <details> opens it; a link to an
  // event lights its spans.
  function onHash() {
    document.querySelectorAll('mark.lit').forEach(function (m) { m.classList.remove('lit'); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === 'DETAILS' && !p.open) p.open = true;
    }
    if (id.indexOf('ev-') === 0) light(document, id.slice(3), true);
    el.scrollIntoView({ block: 'center' });
  }

  function init(root) {
    root.querySelectorAll('figure.chart').forEach(initChart);
    if (root.matches && root.matches('figure.chart')) initChart(root);
    root.querySelectorAll('[data-part]').forEach(function (el) { fillPart(el, 0); });
    if (root.matches && root.matches('[data-part]')) fillPart(root, 0);
    initDocument(root);
  }

  function start() {
    // On a phone, the form of a dyad already shown folds away; its summary
    // says what is shown, and opens it.
    if (window.matchMedia && window.matchMedia('(max-width: 600px)').matches) {
      document.querySelectorAll('details[data-collapse-narrow]').forEach(function (d) { d.open = false; });
    }
    init(document);
    window.addEventListener('hashchange', onHash);
    if (location.hash) onHash();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
