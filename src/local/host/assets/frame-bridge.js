/*
 * Injected into every framed Custom UI page, before the page's own scripts. It defines the
 * `window.__bridge.callBridge(name, payload)` that @forge/bridge looks for when it loads, and
 * carries each call to the host page by postMessage. The host page answers from the frame's
 * server-side session, so nothing the frame sends decides who it runs as.
 */
(function () {
  'use strict';
  var host = window.parent;
  var pending = new Map();
  var nextId = 1;
  var themingEnabled = false;
  var lastHeight = -1;

  function post(message) {
    // The frame has an opaque origin (sandboxed), so it cannot name the host's; the host checks
    // that each message comes from one of its own frames.
    host.postMessage(message, '*');
  }

  function send(name, payload) {
    return new Promise(function (resolve, reject) {
      if (host === window) {
        reject(new Error('This Custom UI page is not framed by a host page, so the bridge is unavailable.'));
        return;
      }
      var id = nextId++;
      var message;
      try {
        // Payloads cross as JSON, as they do to Atlassian's hosts: functions and undefined drop out.
        message = {
          type: 'cx-bridge:call',
          id: id,
          name: name,
          payload: payload === undefined ? undefined : JSON.parse(JSON.stringify(payload)),
        };
      } catch (error) {
        reject(error);
        return;
      }
      pending.set(id, { resolve: resolve, reject: reject });
      post(message);
    });
  }

  function applyColorMode(colorMode, themeAttribute) {
    var root = document.documentElement;
    root.setAttribute('data-color-mode', colorMode === 'dark' ? 'dark' : 'light');
    if (themeAttribute) root.setAttribute('data-theme', themeAttribute);
  }

  /** Loads the host's token CSS once; resolves when it applies (or after 3 s, so a slow load never blocks rendering). */
  function loadThemeCss(href) {
    return new Promise(function (resolve) {
      if (document.querySelector('link[data-cx-theme]')) return resolve();
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.setAttribute('data-cx-theme', '');
      var timer = setTimeout(resolve, 3000);
      link.onload = link.onerror = function () {
        clearTimeout(timer);
        resolve();
      };
      document.head.insertBefore(link, document.head.firstChild);
    });
  }

  function enableTheming() {
    return send('enableTheming').then(function (theme) {
      themingEnabled = true;
      applyColorMode(theme && theme.colorMode, theme && theme.themeAttribute);
      return loadThemeCss((theme && theme.cssHref) || '/_host/theme.css').then(function () {
        return undefined;
      });
    });
  }

  function callBridge(name, payload) {
    if (name === 'enableTheming') return enableTheming();
    if (name === 'createHistory') {
      return Promise.reject(new Error('view.createHistory is not available in the local host.'));
    }
    return send(name, payload);
  }

  window.addEventListener('message', function (event) {
    if (event.source !== host || !event.data || typeof event.data !== 'object') return;
    var data = event.data;
    if (data.type === 'cx-host:reply') {
      var call = pending.get(data.id);
      if (!call) return;
      pending.delete(data.id);
      if (data.ok) call.resolve(data.value);
      else
        call.reject(new Error((data.error && data.error.message) || 'The host could not answer this call.'));
    } else if (data.type === 'cx-host:theme' && themingEnabled) {
      applyColorMode(data.colorMode, data.themeAttribute);
    }
  });

  function reportHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight || host === window) return;
    lastHeight = height;
    post({ type: 'cx-bridge:resize', height: height });
  }
  if (typeof ResizeObserver === 'function')
    new ResizeObserver(reportHeight).observe(document.documentElement);
  window.addEventListener('load', reportHeight);

  window.__bridge = { callBridge: callBridge };
})();
