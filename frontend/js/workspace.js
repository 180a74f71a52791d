/*
 * Latitude annotation workspace: the labelling keys, handled in the browser so that they answer at once even when the
 * server is far away. A plain script served as a static file (no bundle, no inline code, nothing evaluated).
 *
 * The server renders the form as Vaadin components and keeps their values. A key here changes a component exactly as
 * a click would (a radio button's value, a checkbox's state); Vaadin sends the change to the server in the
 * background, and only submit waits for the server. This script owns the active section (its highlight and the hint
 * line) and a half-typed category number; every text it shows comes from data attributes the server renders.
 *
 * Keys, when focus is in the workspace but not in a text field, a dialog or the history / guidelines panels:
 *   digits  the active section's choice (two digits for a category when there are more than nine)
 *   P R C F go to the prompt, response, categories or confidence section
 *   N       the rationale;  /  the category search;  V  show blurred responses;  G  guidelines
 *   Esc     cancels a half-typed category number
 * A verdict group's data-flagging lists the positions of its options that call for categories (unsafe, needs
 * caution); a category checkbox's data-number is its key number.
 * Ctrl+Enter, S, H, ? and Esc's other meanings stay with the server (they submit or open server-side content).
 */
(function () {
  'use strict';

  var SECTION_KEYS = { p: 'prompt', r: 'response', c: 'categories', f: 'confidence' };
  var pending = null;

  function form() {
    return document.querySelector('#annotate-view .label-form');
  }

  function shown(el) {
    return !!el && !el.hidden && el.getClientRects().length > 0;
  }

  /** The sections of the form in order, skipping hidden ones (the response verdict of a prompt-only item). */
  function sections(f) {
    var seen = [];
    f.querySelectorAll('[data-section]').forEach(function (el) {
      var name = el.dataset.section;
      if (seen.indexOf(name) < 0 && !el.hidden) {
        seen.push(name);
      }
    });
    return seen;
  }

  function activate(f, name) {
    cancelPending(f);
    f.dataset.active = name;
    var hint = null;
    f.querySelectorAll('[data-section]').forEach(function (el) {
      var on = el.dataset.section === name;
      el.classList.toggle('active-section', on);
      el.setAttribute('aria-current', on ? 'step' : 'false');
      if (on && el.dataset.hint) {
        hint = el.dataset.hint;
      }
    });
    var line = f.querySelector('.section-hint');
    if (line && hint) {
      line.textContent = hint;
    }
  }

  function active(f) {
    var all = sections(f);
    return all.indexOf(f.dataset.active) >= 0 ? f.dataset.active : all[0];
  }

  function group(f, name) {
    return f.querySelector('vaadin-radio-group[data-section="' + name + '"]');
  }

  function value(f, name) {
    var g = group(f, name);
    return g ? g.value : '';
  }

  /** Chooses the n-th option (1-based) of a radio group, as a click would; 0 clears it. */
  function choose(g, n) {
    var options = g.querySelectorAll('vaadin-radio-button');
    if (n === 0) {
      g.value = '';
      return true;
    }
    if (n < 1 || n > options.length) {
      return false;
    }
    g.value = options[n - 1].value;
    return true;
  }

  /** The 1-based position of a radio group's chosen option, as text ('' when none). */
  function position(g) {
    var options = Array.prototype.slice.call(g.querySelectorAll('vaadin-radio-button'));
    var i = options.findIndex(function (o) { return o.value === g.value; });
    return i < 0 ? '' : String(i + 1);
  }

  /** After a verdict: prompt → response → categories when anything is unsafe or needs caution, else confidence. */
  function advance(f, from) {
    var all = sections(f);
    if (from === 'prompt' && all.indexOf('response') >= 0) {
      activate(f, 'response');
      return;
    }
    var flagged = ['prompt', 'response'].some(function (name) {
      var g = group(f, name);
      return !!g && !g.hidden && !!g.value && (g.dataset.flagging || '').split(' ').indexOf(position(g)) >= 0;
    });
    if (flagged && all.indexOf('categories') >= 0) {
      activate(f, 'categories');
    } else if (value(f, 'prompt') && (all.indexOf('response') < 0 || value(f, 'response'))) {
      activate(f, 'confidence');
    }
  }

  function pendingLine(f) {
    return f.querySelector('.category-pending');
  }

  function cancelPending(f) {
    pending = null;
    var line = pendingLine(f);
    if (line) {
      line.textContent = '';
    }
  }

  function category(f, d) {
    var boxes = f.querySelectorAll('vaadin-checkbox[data-number]');
    var line = pendingLine(f);
    var number;
    if (boxes.length <= 9) {
      number = String(d);
    } else if (pending === null) {
      pending = d;
      line.textContent = line.dataset.waiting.replace('{0}', String(d));
      return;
    } else {
      number = String(pending) + String(d);
      pending = null;
      line.textContent = '';
    }
    var box = f.querySelector('vaadin-checkbox[data-number="' + number + '"]');
    if (!box) {
      line.textContent = line.dataset.missing.replace('{0}', number);
      return;
    }
    box.checked = !box.checked;
  }

  function digit(f, d) {
    var section = active(f);
    if (section === 'categories') {
      category(f, d);
      return;
    }
    var g = group(f, section);
    if (!g || (d === 0 && section !== 'confidence')) {
      return;
    }
    if (choose(g, d) && (section === 'prompt' || section === 'response')) {
      advance(f, section);
    }
  }

  function inTextField(target) {
    return !!target.closest('input, textarea, [contenteditable], vaadin-text-field, vaadin-text-area');
  }

  function onKey(e) {
    var f = form();
    if (!f || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || !shown(f)) {
      return;
    }
    var target = e.composedPath()[0] || e.target;
    if (!(target instanceof Element) || !target.closest('#annotate-view') || inTextField(target)
        || target.closest('#history, #guidelines, vaadin-dialog, vaadin-confirm-dialog')) {
      return;
    }
    var key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    var handled = true;
    if (/^[0-9]$/.test(key)) {
      digit(f, Number(key));
    } else if (SECTION_KEYS[key] && sections(f).indexOf(SECTION_KEYS[key]) >= 0) {
      activate(f, SECTION_KEYS[key]);
    } else if (key === 'n') {
      var rationale = f.querySelector('vaadin-text-area');
      if (rationale) {
        rationale.focus();
      }
    } else if (key === '/' && f.querySelector('#category-search')) {
      activate(f, 'categories');
      f.querySelector('#category-search').focus();
    } else if (key === 'v') {
      document.querySelectorAll('#transcript .blurred').forEach(reveal);
    } else if (key === 'g') {
      var guidelines = document.querySelector('#guidelines');
      if (guidelines) {
        guidelines.opened = !guidelines.opened;
      }
    } else if (key === 'Escape') {
      cancelPending(f);
      handled = false; // the server also listens (it cancels an edit)
    } else {
      handled = false;
    }
    if (handled) {
      e.preventDefault();
    }
  }

  function reveal(el) {
    el.classList.remove('blurred');
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
  }

  /** A click on a verdict advances like its digit does. */
  function onChange(e) {
    var f = form();
    var g = f && e.target instanceof Element ? e.target.closest('vaadin-radio-group[data-section]') : null;
    if (g && (g.dataset.section === 'prompt' || g.dataset.section === 'response')) {
      advance(f, g.dataset.section);
    }
  }

  /** Every new item (and every edit) starts at the first section: the transcript's data-item-id tells. */
  var lastItem = null;
  function onRender() {
    var transcript = document.querySelector('#annotate-view #transcript');
    var item = transcript ? transcript.dataset.itemId || null : null;
    var f = form();
    if (item !== lastItem && f) {
      lastItem = item;
      activate(f, sections(f)[0]);
    }
  }

  /**
   * Focuses an element once it is shown. Vaadin's own focus() can run before the first view of a page is attached
   * and styled (eager server load), and is then lost; this retries for about two seconds while nothing else has
   * focus, so it never takes focus from where the user has moved it.
   */
  function focusWhenShown(el) {
    var tries = 0;
    var go = function () {
      var now = document.activeElement;
      if (tries === 0 || !now || now === document.body) {
        el.focus();
      }
      if (document.activeElement !== el && tries++ < 120) {
        requestAnimationFrame(go);
      }
    };
    setTimeout(go);
  }

  window.Latitude = window.Latitude || {};
  window.Latitude.focusWhenShown = focusWhenShown;

  if (!window.Latitude.workspaceKeys) {
    window.Latitude.workspaceKeys = true;
    document.addEventListener('keydown', onKey);
    document.addEventListener('change', onChange);
    new MutationObserver(onRender).observe(document.documentElement, { subtree: true, childList: true,
      attributes: true, attributeFilter: ['data-item-id'] });
  }
}());
