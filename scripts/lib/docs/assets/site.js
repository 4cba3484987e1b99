// chat-webhooks reference: theme toggle, navigation drawer, copy buttons and search. No framework, no network
// beyond the site itself; the search index is ../search-index.json (or assets/search-index.js from file://).
(function () {
  'use strict';

  var THEME_KEY = 'chat-webhooks-docs-theme';
  var doc = document.documentElement;
  var root = doc.getAttribute('data-root') || '';
  var darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  // Theme: an explicit choice (remembered) wins; otherwise the system preference applies through CSS.
  function currentTheme() {
    var chosen = doc.getAttribute('data-theme');
    if (chosen === 'light' || chosen === 'dark') return chosen;
    return darkQuery && darkQuery.matches ? 'dark' : 'light';
  }

  function labelThemeButton() {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    var next = currentTheme() === 'dark' ? 'light' : 'dark';
    button.setAttribute('aria-label', 'Switch to ' + next + ' theme');
    button.setAttribute('title', 'Switch to ' + next + ' theme');
  }

  function toggleTheme() {
    var next = currentTheme() === 'dark' ? 'light' : 'dark';
    doc.setAttribute('data-theme', next);
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch (error) {
      // Storage may be disabled; the choice then lasts for this page only.
    }
    labelThemeButton();
  }

  // Navigation drawer on narrow screens.
  function setNav(open) {
    var toggle = document.getElementById('nav-toggle');
    document.body.classList.toggle('nav-open', open);
    if (toggle) {
      toggle.setAttribute('aria-expanded', String(open));
      toggle.setAttribute('aria-label', open ? 'Hide navigation' : 'Show navigation');
    }
  }

  // Copy buttons.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (error) {
        ok = false;
      }
      document.body.removeChild(area);
      if (ok) resolve();
      else reject(new Error('copy refused'));
    });
  }

  function onCopy(button) {
    var code = button.parentNode.querySelector('pre code');
    if (!code) return;
    copyText(code.textContent).then(
      function () {
        flash(button, 'Copied', true);
      },
      function () {
        flash(button, 'Press Ctrl+C', false);
        var range = document.createRange();
        range.selectNodeContents(code);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      },
    );
  }

  function flash(button, text, ok) {
    button.textContent = text;
    button.classList.toggle('copied', ok);
    clearTimeout(button._reset);
    button._reset = setTimeout(function () {
      button.textContent = 'Copy';
      button.classList.remove('copied');
    }, 1600);
  }

  // Search over event names, field paths and descriptions.
  var index = null;
  var loading = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function loadIndex() {
    if (index) return Promise.resolve(index);
    if (!loading) {
      loading = fetch(root + 'search-index.json')
        .then(function (response) {
          if (!response.ok) throw new Error('search index: HTTP ' + response.status);
          return response.json();
        })
        .catch(function () {
          // file:// pages may not fetch(); the same index ships as a script.
          return loadScript(root + 'assets/search-index.js').then(function () {
            return window.CHAT_WEBHOOKS_SEARCH_INDEX;
          });
        })
        .then(function (data) {
          index = prepare(data);
          return index;
        });
      loading.catch(function () {
        loading = null;
      });
    }
    return loading;
  }

  function prepare(data) {
    return data.entries.map(function (entry, order) {
      var vendor = data.vendors[entry.v];
      var description = data.descriptions[entry.d] || '';
      var title = entry.t.toLowerCase();
      return {
        entry: entry,
        order: order,
        vendor: vendor,
        description: description,
        title: title,
        last: title.split(/[.\[\]{}]+/).filter(Boolean).pop() || title,
        names: (entry.t + ' ' + (entry.e || '') + ' ' + (entry.x || '') + ' ' + vendor.id + ' ' + vendor.name).toLowerCase(),
        hay: (entry.t + ' ' + (entry.e || '') + ' ' + (entry.x || '') + ' ' + vendor.id + ' ' + vendor.name + ' ' + description).toLowerCase(),
      };
    });
  }

  var KIND_BONUS = { vendor: 3, event: 2, field: 0 };

  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q || !index) return [];
    var tokens = q.split(/\s+/);
    var results = [];
    for (var i = 0; i < index.length; i++) {
      var item = index[i];
      var all = true;
      for (var t = 0; t < tokens.length; t++) {
        if (item.hay.indexOf(tokens[t]) === -1) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      var score;
      if (item.title === q) score = 100;
      else if (item.last === q) score = 70;
      else if (item.title.indexOf(q) === 0) score = 60;
      else if (item.title.indexOf(q) !== -1) score = 45;
      else if (tokens.every(function (token) { return item.names.indexOf(token) !== -1; })) score = 25;
      else score = 5;
      results.push({ item: item, score: score + KIND_BONUS[item.entry.k] });
    }
    results.sort(function (a, b) {
      return b.score - a.score || a.item.order - b.item.order;
    });
    return results.slice(0, 50);
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function marked(text, query) {
    var lower = text.toLowerCase();
    var at = query ? lower.indexOf(query) : -1;
    if (at === -1) return escapeHtml(text);
    return escapeHtml(text.slice(0, at)) + '<mark>' + escapeHtml(text.slice(at, at + query.length)) + '</mark>' + escapeHtml(text.slice(at + query.length));
  }

  var selected = -1;

  function renderResults(input, panel) {
    var query = input.value.trim();
    selected = -1;
    if (!query) {
      closeResults(input, panel);
      return;
    }
    var results = search(query);
    var q = query.toLowerCase();
    if (results.length === 0) {
      panel.innerHTML = '<div class="search-empty">No event or field matches <strong>' + escapeHtml(query) + '</strong>.</div>';
    } else {
      panel.innerHTML = results
        .map(function (result, i) {
          var entry = result.item.entry;
          var meta =
            entry.k === 'vendor' ? 'vendor' : entry.k === 'event' ? result.item.vendor.name + ' event · ' + escapeHtml(entry.x) : 'field of ' + escapeHtml(entry.e) + ' · ' + result.item.vendor.name + ' · ' + escapeHtml(entry.x);
          return (
            '<a role="option" id="search-result-' + i + '" class="result result-' + entry.k + '" href="' + escapeHtml(root + entry.u) + '" aria-selected="false">' +
            '<span class="result-title"><code>' + marked(entry.t, q) + '</code><span class="result-meta">' + meta + '</span></span>' +
            '<span class="result-desc">' + escapeHtml(result.item.description) + '</span></a>'
          );
        })
        .join('');
    }
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function closeResults(input, panel) {
    panel.hidden = true;
    panel.innerHTML = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    selected = -1;
  }

  function moveSelection(input, panel, delta) {
    var options = panel.querySelectorAll('a[role="option"]');
    if (options.length === 0) return;
    if (selected >= 0) options[selected].setAttribute('aria-selected', 'false');
    selected = (selected + delta + options.length) % options.length;
    options[selected].setAttribute('aria-selected', 'true');
    options[selected].scrollIntoView({ block: 'nearest' });
    input.setAttribute('aria-activedescendant', options[selected].id);
  }

  function setUpSearch() {
    var input = document.getElementById('search');
    var panel = document.getElementById('search-results');
    if (!input || !panel) return;
    var timer = null;
    var update = function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        loadIndex().then(
          function () {
            renderResults(input, panel);
          },
          function () {
            panel.innerHTML = '<div class="search-empty">The search index could not be loaded.</div>';
            panel.hidden = false;
          },
        );
      }, 40);
    };
    input.addEventListener('focus', function () {
      loadIndex().catch(function () {});
      if (input.value.trim()) update();
    });
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        moveSelection(input, panel, event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Enter') {
        var options = panel.querySelectorAll('a[role="option"]');
        var target = options[selected >= 0 ? selected : 0];
        if (target) {
          event.preventDefault();
          closeResults(input, panel);
          window.location.href = target.href;
        }
      } else if (event.key === 'Escape') {
        closeResults(input, panel);
      }
    });
    panel.addEventListener('click', function (event) {
      if (event.target.closest('a')) closeResults(input, panel);
    });
    document.addEventListener('click', function (event) {
      if (!event.target.closest('.search')) closeResults(input, panel);
    });
    document.addEventListener('keydown', function (event) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    labelThemeButton();
    if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener('change', labelThemeButton);
    var themeButton = document.getElementById('theme-toggle');
    if (themeButton) themeButton.addEventListener('click', toggleTheme);

    var navToggle = document.getElementById('nav-toggle');
    if (navToggle) {
      navToggle.addEventListener('click', function () {
        setNav(!document.body.classList.contains('nav-open'));
      });
    }
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') setNav(false);
    });
    document.addEventListener('click', function (event) {
      var button = event.target.closest('button.copy');
      if (button) onCopy(button);
      if (document.body.classList.contains('nav-open') && !event.target.closest('#sidebar, #nav-toggle')) setNav(false);
    });

    setUpSearch();
  });
})();
