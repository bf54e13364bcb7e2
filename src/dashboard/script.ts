/**
 * The dashboard's browser script, served as /dashboard/app.js. Plain ES2017, no build step and no
 * template literals (this file is itself a template literal). It only reads and writes through
 * the admin API, with the admin token from the token field (kept in sessionStorage) or ?token=.
 * Everything from the API is put in the page with textContent, never innerHTML.
 */
export const DASHBOARD_SCRIPT = String.raw`(function () {
  'use strict';
  var TOKEN_KEY = 'doku-snap-sandbox.adminToken';
  var REFRESH_MS = 3000;
  var expanded = {};
  var timer = null;

  // ?token=… is taken once into sessionStorage, then dropped from the address bar.
  var params = new URLSearchParams(location.search);
  if (params.get('token')) {
    sessionStorage.setItem(TOKEN_KEY, params.get('token'));
    params.delete('token');
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params.toString() : ''));
  }
  var $ = function (id) { return document.getElementById(id); };
  $('admin-token').value = sessionStorage.getItem(TOKEN_KEY) || '';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), attrs[k]);
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function api(method, path, body, contentType) {
    var headers = {};
    var token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = 'Bearer ' + token;
    if (body !== undefined) headers['Content-Type'] = contentType || 'application/json';
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)) })
      .then(function (res) {
        return res.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = { responseMessage: text.slice(0, 300) }; }
          if (res.status === 401) showBanner('The admin API answered 401: enter the sandbox\'s ADMIN_TOKEN in the field above (or open /dashboard?token=…).');
          return { status: res.status, ok: res.ok, body: json };
        });
      });
  }

  function showBanner(text) { var b = $('banner'); b.textContent = text; b.hidden = !text; }

  function money(v) {
    if (v && typeof v === 'object' && 'value' in v && 'currency' in v) return v.value + ' ' + v.currency;
    return null;
  }
  function cell(v) {
    if (v === undefined || v === null || v === '') return '';
    var m = money(v);
    if (m) return m;
    if (Array.isArray(v)) return v.map(function (x) { return typeof x === 'object' ? (x.id || x.clientId || x.name || JSON.stringify(x)) : String(x); }).join(', ');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  }
  function firstArray(body, key) {
    if (!body) return null;
    if (Array.isArray(body)) return body;
    if (Array.isArray(body[key])) return body[key];
    var k = Object.keys(body).find(function (name) { return Array.isArray(body[name]); });
    return k ? body[k] : null;
  }

  function setBody(panelId, node, count) {
    var section = $(panelId);
    var target = section.querySelector('[data-body]');
    var scrolled = target.scrollTop; // auto-refresh must not throw the reader back to the top
    target.replaceChildren(node);
    target.scrollTop = scrolled;
    var counter = section.querySelector('[data-count]');
    if (counter) counter.textContent = count == null ? '' : '(' + count + ')';
  }
  function empty(text) { return el('p', { className: 'empty', text: text }); }
  function unavailable(path, res) {
    if (res.status === 404) return empty('Not available in this sandbox (GET ' + path + ' answered 404).');
    return empty('GET ' + path + ' answered ' + res.status + ': ' + ((res.body && (res.body.responseMessage || res.body.message)) || ''));
  }

  function table(rows, columns, rowHook) {
    var present = columns.filter(function (c) { return typeof c[3] === 'function' || rows.some(function (r) { return r[c[0]] !== undefined && r[c[0]] !== null; }); });
    if (present.length === 0 && rows.length) present = Object.keys(rows[0]).slice(0, 8).map(function (k) { return [k, k]; });
    var head = el('tr', {}, present.map(function (c) { return el('th', { text: c[1] || c[0] }); }));
    var trs = [];
    rows.forEach(function (r) {
      var tr = el('tr', {}, present.map(function (c) {
        var v = typeof c[3] === 'function' ? c[3](r) : r[c[0]];
        return el('td', { className: c[2] || '', 'data-col': c[0], text: cell(v) });
      }));
      trs.push(tr);
      if (rowHook) rowHook(r, tr, trs, present.length);
    });
    return el('table', {}, [el('thead', {}, [head]), el('tbody', {}, trs)]);
  }

  function time(v) { return typeof v === 'string' ? v.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : v; }
  function lastAttempt(r) { var a = Array.isArray(r.attempts) ? r.attempts[r.attempts.length - 1] : null; return a ? (a.status || a.error || '') + (a.fault ? ' [' + a.fault + ']' : '') : ''; }

  var TABLES = [
    { id: 'partners', path: '/admin/partners', key: 'partners', columns: [['clientId', 'Client ID', 'mono'], ['name', 'Name'], ['corporateBalance', 'Corporate balance', 'num'], ['notificationUrl', 'Notification URL'], ['merchantId', 'Merchant']] },
    { id: 'accounts', path: '/admin/accounts', key: 'accounts', columns: [['accountId', 'Account', 'mono'], ['name', 'Name'], ['phoneNo', 'Phone', 'mono'], ['status', 'Status'], ['balance', 'Balance', 'num'], ['holdAmount', 'Held', 'num'],
      ['bindings', 'Bound to', 'mono', function (r) { return (r.bindings || []).filter(function (b) { return b.status !== 'UNBOUND'; }).map(function (b) { return b.clientId + (b.status === 'ACTIVE' ? '' : ' (' + b.status + ')'); }).join(', '); }]] },
    { id: 'transactions', path: '/admin/transactions?limit=50', key: 'transactions', columns: [['createdAt', 'Time', 'mono', function (r) { return time(r.createdAt); }], ['type', 'Type'], ['referenceNo', 'Reference', 'mono'], ['partnerReferenceNo', 'Partner ref', 'mono'], ['accountId', 'Account', 'mono'], ['amount', 'Amount', 'num'],
      ['status', 'Status', '', function (r) { return r.status + (r.statusDesc ? ' ' + r.statusDesc : ''); }], ['clientId', 'Partner', 'mono']] },
    { id: 'otps', path: '/admin/otps', key: 'otps', filter: function (o) { return !o.expired && !o.blocked && (!o.journeyStatus || o.journeyStatus === 'OTP_SENT'); },
      columns: [['phoneNo', 'Phone', 'mono'], ['otp', 'OTP', 'mono'], ['purpose', 'Purpose'], ['referenceNo', 'Reference', 'mono'], ['expiresAt', 'Expires', 'mono', function (r) { return time(r.expiresAt); }], ['attemptsLeft', 'Attempts left', 'num']] },
    { id: 'virtual-accounts', path: '/admin/virtual-accounts?limit=50', key: 'virtualAccounts', columns: [['number', 'VA number', 'mono'], ['trxId', 'Bill (trxId)', 'mono'], ['channel', 'Channel'], ['trxType', 'Type'],
      ['totalAmount', 'Amount', 'num'], ['paidAmount', 'Paid', 'num'], ['status', 'Status'], ['clientId', 'Partner', 'mono']] },
    { id: 'debit-bindings', path: '/admin/direct-debit/bindings?limit=50', key: 'bindings', columns: [['channel', 'Channel'], ['kind', 'Kind'], ['phoneNo', 'Phone', 'mono'], ['card', 'Card', 'mono'], ['custIdMerchant', 'Customer (merchant)', 'mono'],
      ['status', 'Status'], ['balance', 'Balance', 'num'], ['clientId', 'Partner', 'mono']] },
    { id: 'notifications', path: '/admin/notifications?limit=50', key: 'notifications', columns: [['createdAt', 'Time', 'mono', function (r) { return time(r.createdAt); }], ['transactionId', 'Transaction', 'mono'], ['url', 'URL'], ['status', 'Status'],
      ['attempts', 'Attempts', 'num', function (r) { return Array.isArray(r.attempts) ? r.attempts.length : r.attempts; }], ['lastAttempt', 'Last answer', '', lastAttempt]] },
  ];

  function loadTable(t) {
    return api('GET', t.path).then(function (res) {
      var rows = res.ok ? firstArray(res.body, t.key) : null;
      if (!rows) return setBody(t.id, unavailable(t.path, res), null);
      if (t.filter) rows = rows.filter(t.filter);
      setBody(t.id, rows.length ? table(rows, t.columns) : empty('None.'), rows.length);
    });
  }

  // QR images are fetched with the admin token and kept as data: URLs (the page allows no other
  // image source), so auto-refresh redraws them without fetching again.
  var qrImages = {};
  function qrImage(ref, url) {
    var img = el('img', { className: 'qr', alt: 'QR ' + ref, width: '148', height: '148', 'data-qr': ref });
    if (qrImages[ref]) { img.src = qrImages[ref]; return img; }
    var headers = {};
    var token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = 'Bearer ' + token;
    fetch(url, { headers: headers }).then(function (res) { return res.ok ? res.blob() : null; }).then(function (blob) {
      if (!blob) return;
      var reader = new FileReader();
      reader.onload = function () { qrImages[ref] = reader.result; img.src = reader.result; };
      reader.readAsDataURL(blob);
    });
    return img;
  }

  function loadQris() {
    return api('GET', '/admin/qris?limit=20').then(function (res) {
      var rows = res.ok ? firstArray(res.body, 'qrCodes') : null;
      if (!rows) return setBody('qris', unavailable('/admin/qris', res), null);
      if (!rows.length) return setBody('qris', empty('No QR generated yet (QR MPM Generate).'), 0);
      var columns = [['referenceNo', 'Reference', 'mono'], ['partnerReferenceNo', 'Partner ref', 'mono'], ['type', 'Type'], ['amount', 'Amount', 'num'], ['feeAmount', 'Fee', 'num'],
        ['status', 'Status', '', function (r) { return r.status + ' ' + r.statusDesc; }], ['payments', 'Payments', 'num'], ['terminalId', 'Terminal', 'mono'],
        ['validUntil', 'Valid until', 'mono', function (r) { return time(r.validUntil); }], ['qrContent', 'Payload (qrContent)', 'mono wrap']];
      var node = table(rows, columns, function (r, tr) {
        tr.setAttribute('data-qr-row', r.referenceNo);
        tr.insertBefore(el('td', {}, [qrImage(r.referenceNo, r.imageUrl)]), tr.firstChild);
      });
      var head = node.querySelector('thead tr');
      head.insertBefore(el('th', { text: 'QR' }), head.firstChild);
      setBody('qris', node, rows.length);
    });
  }

  function loadScenarios() {
    return api('GET', '/admin/scenarios').then(function (res) {
      var rows = res.ok ? firstArray(res.body, 'scenarios') : null;
      if (!rows) return setBody('scenarios', unavailable('/admin/scenarios', res), null);
      var library = el('div', { className: 'row' }, [el('span', { className: 'msg', text: 'Bundled scenarios (click to load):' })].concat(((res.body && res.body.library) || []).map(function (name) {
        return el('button', { text: name, 'data-library': name, onclick: function () { loadScenario(api('POST', '/admin/scenarios', { name: name })); } });
      })));
      var columns = [['id', 'Id', 'mono'], ['source', 'Source'], ['description', 'Description'], ['rules', 'Rules (matched / used / limit)', '', function (r) {
        return (r.rules || []).map(function (rule) {
          return rule.name + ' → ' + rule.effect + ' (' + rule.matched + ' / ' + rule.uses + ' / ' + (rule.times != null ? rule.times : '∞') + (rule.exhausted ? ', exhausted' : '') + ')';
        }).join('; ');
      }], ['activatedAt', 'Since', 'mono', function (r) { return time(r.activatedAt); }]];
      var node = rows.length ? table(rows, columns, function (r, tr) {
        tr.setAttribute('data-scenario', r.id);
        tr.appendChild(el('td', {}, [el('button', { text: 'Clear', 'data-clear': r.id, onclick: function () { clearScenario(r.id); } })]));
      }) : empty('No scenario is active: the sandbox behaves normally.');
      if (rows.length) node.querySelector('thead tr').appendChild(el('th', {}));
      setBody('scenarios', el('div', {}, [node, library]), rows.length);
    });
  }

  function clearScenario(id) {
    api('DELETE', '/admin/scenarios/' + encodeURIComponent(id)).then(function (res) {
      say(res.ok ? 'ok' : 'bad', res.ok ? 'Cleared scenario ' + id + '.' : 'Could not clear ' + id + ': ' + describe(res));
      loadScenarios();
    });
  }

  function describe(res) {
    var b = res.body || {};
    var parts = [res.status + (b.responseCode ? ' ' + b.responseCode : ''), b.responseMessage || b.message || ''];
    var errors = b.errors || (b.additionalInfo && b.additionalInfo.errors);
    if (Array.isArray(errors)) parts.push(errors.map(function (e) { return typeof e === 'string' ? e : (e.path || e.instancePath || '') + ' ' + (e.message || ''); }).join('; '));
    return parts.filter(Boolean).join(' · ');
  }
  function say(kind, text) { var m = $('scenario-msg'); m.className = 'msg ' + kind; m.textContent = text; }

  $('scenario-load').addEventListener('click', function () {
    var text = $('scenario-text').value.trim();
    if (!text) return say('bad', 'Paste a scenario (JSON or YAML) or type a bundled scenario\'s name.');
    var request;
    if (/^[\[{]/.test(text)) {
      try { request = api('POST', '/admin/scenarios', JSON.parse(text)); } catch (e) { return say('bad', 'Not valid JSON: ' + e.message); }
    } else if (/^[\w.-]+$/.test(text)) {
      request = api('POST', '/admin/scenarios', { name: text });
    } else {
      request = api('POST', '/admin/scenarios', text, 'application/yaml');
    }
    loadScenario(request, true);
  });
  $('scenario-example').addEventListener('click', function () {
    var box = $('scenario-text');
    box.value = box.placeholder;
    box.focus();
  });
  function loadScenario(request, fromForm) {
    request.then(function (res) {
      if (res.ok) {
        var s = (res.body && (res.body.scenario || res.body)) || {};
        say('ok', 'Loaded ' + (s.name || 'scenario') + '.');
        if (fromForm) $('scenario-text').value = '';
      } else {
        say('bad', 'Refused: ' + describe(res));
      }
      loadScenarios();
    });
  }
  $('scenario-clear-all').addEventListener('click', function () {
    api('DELETE', '/admin/scenarios').then(function (res) {
      say(res.ok ? 'ok' : 'bad', res.ok ? 'All scenarios cleared.' : 'Could not clear: ' + describe(res));
      loadScenarios();
    });
  });

  function diagnostics(d) {
    return el('dl', { className: 'diag' }, Object.keys(d).reduce(function (acc, k) {
      acc.push(el('dt', { text: k }));
      acc.push(el('dd', { className: 'mono', text: typeof d[k] === 'object' ? JSON.stringify(d[k]) : String(d[k]) }));
      return acc;
    }, []));
  }

  function loadJournal() {
    return api('GET', '/admin/journal?limit=100').then(function (res) {
      var rows = res.ok ? firstArray(res.body, 'entries') : null;
      if (!rows) return setBody('journal', unavailable('/admin/journal', res), null);
      if (!rows.length) return setBody('journal', empty('No requests yet.'), 0);
      var columns = [['at', 'Time', 'mono', function (r) { return (r.at || '').replace('T', ' ').slice(0, 23); }], ['method', 'Method'], ['path', 'Path', 'mono'], ['partner', 'Partner', 'mono'], ['status', 'HTTP', 'num'], ['responseCode', 'Code', 'mono'], ['durationMs', 'ms', 'num'],
        ['diagnostics', 'Diagnostics', '', function (r) { return r.diagnostics ? 'diagnostics' + (r.diagnostics.differs ? ': ' + r.diagnostics.differs : '') : ''; }],
        ['scenario', 'Scenario', '', function (r) { return r.scenario ? r.scenario.name + ' / ' + r.scenario.rule : ''; }]];
      var node = table(rows, columns, function (r, tr, trs, width) {
        tr.className = 'entry';
        tr.setAttribute('data-entry', r.id);
        var sig = tr.querySelector('td[data-col="diagnostics"]');
        if (sig && r.diagnostics) { var t = sig.textContent; sig.textContent = ''; sig.appendChild(el('span', { className: 'badge bad', text: t })); }
        var detail = el('tr', { className: 'detail' }, [el('td', { colspan: String(width) }, [
          r.diagnostics ? el('div', {}, [el('b', { text: 'Signature diagnostics' }), diagnostics(r.diagnostics)]) : null,
          r.scenario ? el('div', {}, [el('b', { text: 'Scenario rule' }), el('pre', { text: JSON.stringify(r.scenario, null, 2) })]) : null,
          el('b', { text: 'Request' }), el('pre', { text: JSON.stringify(r.request || {}, null, 2) }),
          el('b', { text: 'Response' }), el('pre', { text: JSON.stringify(r.response || {}, null, 2) }),
        ])]);
        detail.hidden = !expanded[r.id];
        tr.addEventListener('click', function () { expanded[r.id] = detail.hidden; detail.hidden = !detail.hidden; });
        trs.push(detail);
      });
      setBody('journal', node, rows.length);
    });
  }

  // Request rates from GET /metrics (Prometheus text, no token needed): the change of each
  // operation's requests_total since the previous refresh, per second.
  var lastRates = null;
  function loadRates() {
    return fetch('/metrics').then(function (res) { return res.ok ? res.text() : null; }).then(function (text) {
      if (text === null) return setBody('request-rates', empty('GET /metrics is not available.'), null);
      var totals = {};
      text.split('\n').forEach(function (line) {
        var m = /^doku_snap_sandbox_requests_total\{(.*)\} (\S+)$/.exec(line);
        var op = m && /(?:^|,)operation="((?:[^"\\]|\\.)*)"/.exec(m[1]);
        if (op) totals[op[1]] = (totals[op[1]] || 0) + Number(m[2]);
      });
      var now = Date.now();
      var seconds = lastRates ? (now - lastRates.at) / 1000 : 0;
      var rows = Object.keys(totals).map(function (op) {
        var before = lastRates && lastRates.totals[op] !== undefined ? lastRates.totals[op] : null;
        return { operation: op, total: totals[op], rate: before === null || seconds <= 0 ? '' : ((totals[op] - before) / seconds).toFixed(2) };
      }).sort(function (a, b) { return (Number(b.rate) || 0) - (Number(a.rate) || 0) || b.total - a.total; });
      lastRates = { at: now, totals: totals };
      setBody('request-rates', rows.length ? table(rows, [['operation', 'Operation', 'mono'], ['rate', 'Requests/s', 'num'], ['total', 'Total since start', 'num']]) : empty('No requests yet.'), rows.length);
    });
  }

  function loadClock() {
    return api('GET', '/admin/clock').then(function (res) {
      var b = res.body || {};
      $('clock').textContent = res.ok ? 'sandbox clock ' + (b.nowWib || b.now || '') + (b.offsetSeconds ? ' (offset ' + Math.round(b.offsetSeconds) + ' s)' : '') : '';
    });
  }

  function refresh() {
    showBanner('');
    return Promise.all([loadScenarios(), loadJournal(), loadClock(), loadQris(), loadRates()].concat(TABLES.map(loadTable)))
      .catch(function (e) { showBanner('Could not reach the sandbox: ' + e.message); })
      .then(function () { document.body.setAttribute('data-loaded', String(Date.now())); });
  }

  function schedule() {
    clearInterval(timer);
    if ($('auto-refresh').checked) timer = setInterval(function () { if (!document.hidden) refresh(); }, REFRESH_MS);
  }

  $('save-token').addEventListener('click', function () {
    var v = $('admin-token').value.trim();
    if (v) sessionStorage.setItem(TOKEN_KEY, v); else sessionStorage.removeItem(TOKEN_KEY);
    refresh();
  });
  $('admin-token').addEventListener('keydown', function (e) { if (e.key === 'Enter') $('save-token').click(); });
  $('refresh').addEventListener('click', refresh);
  $('auto-refresh').addEventListener('change', schedule);
  $('reset').addEventListener('click', function () {
    if (!confirm('Reset the sandbox to its fixtures (state, scenarios, clock)?')) return;
    api('POST', '/admin/reset').then(function (res) {
      showBanner(res.ok ? '' : 'Reset failed: ' + describe(res));
      refresh();
    });
  });

  refresh();
  schedule();
})();
`;
