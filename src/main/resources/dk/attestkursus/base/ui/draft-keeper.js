// Keeps a form's unsaved text in the browser (localStorage) until the server has it, and keeps the
// save status honest while the server is away (docs/decisions/014-unsaved-text-in-the-browser.md).
// Installed once per page by DraftKeeper.java; each form calls attach(). Never stores text that
// looks like a CPR number: such text stays on the screen only.
window.attestkursusDraftKeeper = window.attestkursusDraftKeeper || (function () {
  const PREFIX = 'attestkursus.draft.';
  // Text with a CPR number is kept in this page's memory only (gone when the tab closes or reloads),
  // so moving to another page of the app and back does not lose it while the number is removed.
  const memory = {};
  const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
  // Eager on purpose (a false alarm only means "not kept in the browser"): ten digits, each pair
  // possibly apart by spaces, dashes, dots, slashes, colons, commas, underscores or invisible
  // characters, with no digit right before or after, whose first six make a date.
  const SEP = '[\\s\\p{Z}\\p{Pd}\\p{Cf}.\\/:,_]{0,8}';
  const CANDIDATE = new RegExp('(?<!\\d)' + Array(10).fill('(\\d)').join(SEP) + '(?!\\d)', 'gu');

  function looksLikeCpr(text) {
    const normal = (text || '').normalize('NFKC');
    for (const m of normal.matchAll(CANDIDATE)) {
      const d = m.slice(1, 11).map(Number);
      const day = d[0] * 10 + d[1], month = d[2] * 10 + d[3];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        return true;
      }
    }
    // overlapping candidates (a longer run of digits) are left to the server, which checks exactly
    return false;
  }

  // The start of a CPR number being typed at the end of a field: four to nine digits whose first four
  // make a day and month. Not kept either, so no copy holds most of a number typed a moment later.
  const TRAILING = new RegExp('(?<!\\d)' + Array(4).fill('(\\d)').join(SEP) + '(' + SEP + '\\d){0,5}' + SEP + '$', 'u');

  function startsCpr(text) {
    const m = (text || '').normalize('NFKC').match(TRAILING);
    if (!m) {
      return false;
    }
    const day = Number(m[1]) * 10 + Number(m[2]), month = Number(m[3]) * 10 + Number(m[4]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  function read(key) {
    try {
      const raw = window.localStorage.getItem(key);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }

  function forgetOld() {
    try {
      const now = Date.now();
      for (let i = window.localStorage.length - 1; i >= 0; i--) {
        const key = window.localStorage.key(i);
        if (key && key.startsWith(PREFIX)) {
          const kept = read(key);
          if (!kept || !kept.at || now - kept.at > MAX_AGE_MS) {
            window.localStorage.removeItem(key);
          }
        }
      }
    } catch (e) {
      // storage not available (private mode, disabled): nothing kept, nothing to forget
    }
  }

  // The server stores text trimmed: compare as it will be stored, empty fields as absent.
  function norm(value) {
    return (value || '').replace(/\u001f/g, '').trim();
  }

  function same(a, b) {
    const ka = Object.keys(a || {}).filter(k => norm(a[k]) !== '');
    const kb = Object.keys(b || {}).filter(k => norm(b[k]) !== '');
    return ka.length === kb.length && ka.every(k => norm(a[k]) === norm(b[k]));
  }

  function connected() {
    const store = window.Vaadin && window.Vaadin.connectionState;
    return !store || store.state === 'connected' || store.state === 'loading';
  }

  function attach(view, root, status, key, texts, serverFields) {
    forgetOld();
    const keeper = {
      saved: serverFields || {},
      // The text the server last dealt with (saved, refused or failed to save): the screen is
      // "pending" exactly while it holds text the server has not seen yet.
      seen: serverFields || {},
      serverText: status.textContent,
      serverState: status.getAttribute('data-state') || 'saved',
      fields() {
        const fields = {};
        root.querySelectorAll('vaadin-text-area[id], vaadin-text-field[id]').forEach(f => {
          if (!f.readonly) {
            fields[f.id] = f.value || '';
          }
        });
        return fields;
      },
      show(state, text) {
        status.textContent = text;
        status.setAttribute('data-shown', state);
      },
      keep() {
        const fields = keeper.fields();
        const cpr = Object.values(fields).some(looksLikeCpr);
        if (cpr) {
          // In this page's memory only; and no older copy in storage keeps part of the number.
          memory[key] = {at: Date.now(), fields: fields};
          window.localStorage.removeItem(key);
        } else {
          delete memory[key];
        }
        const partial = Object.values(fields).some(startsCpr);
        if (!cpr && !partial && !same(fields, keeper.saved)) {
          try {
            window.localStorage.setItem(key, JSON.stringify({at: Date.now(), fields: fields}));
          } catch (e) {
            // full or disabled storage: the text is still on the screen and the server saves it
          }
        }
        return {fields: fields, cpr: cpr};
      },
      render() {
        const now = keeper.keep();
        const unsaved = !same(now.fields, keeper.saved) || keeper.serverState !== 'saved';
        if (unsaved && !connected()) {
          keeper.show('offline', now.cpr ? texts.offlineCpr : texts.offline);
        } else if (!same(now.fields, keeper.seen)) {
          keeper.show('pending', texts.pending);
        } else {
          keeper.show(keeper.serverState, keeper.serverText);
        }
      },
      // The server's word after a save: how to say it, what it stored (null: nothing) and what it saw.
      server(state, text, storedFields, seenFields) {
        keeper.serverState = state;
        keeper.serverText = text;
        keeper.seen = seenFields || storedFields || keeper.seen;
        if (storedFields) {
          keeper.saved = storedFields;
          if (memory[key] && same(memory[key].fields, storedFields)) {
            delete memory[key];
          }
          const kept = read(key);
          if (kept && same(kept.fields, storedFields)) {
            window.localStorage.removeItem(key);
          }
        }
        keeper.render();
      },
      discard() {
        delete memory[key];
        window.localStorage.removeItem(key);
      }
    };
    root.addEventListener('input', () => keeper.render());
    root.addEventListener('change', () => keeper.render());
    const store = window.Vaadin && window.Vaadin.connectionState;
    if (store && store.addStateChangeListener) {
      const listener = () => {
        if (status.isConnected) {
          keeper.render();
        } else if (store.removeStateChangeListener) {
          store.removeStateChangeListener(listener); // the form has gone (another page)
        }
      };
      store.addStateChangeListener(listener);
    }
    status.attestkursusKeeper = keeper;
    const stored = read(key);
    if (stored && (!stored.fields || same(stored.fields, keeper.saved)
        || Object.values(stored.fields).some(looksLikeCpr))) {
      window.localStorage.removeItem(key);
    }
    // The newest copy that differs from what the server has: this page's memory, else the browser's storage.
    const candidates = [memory[key], read(key)].filter(c => c && c.fields && !same(c.fields, keeper.saved));
    candidates.sort((a, b) => b.at - a.at);
    if (candidates.length > 0) {
      view.$server.unsavedTextFound(JSON.stringify(candidates[0]));
    }
    return keeper;
  }

  return {attach: attach, looksLikeCpr: looksLikeCpr, startsCpr: startsCpr};
})();
