/*
 * The host pages' script. It plays Jira's part for each framed Custom UI app: answers the calls
 * the frame's bridge sends (through the server, by the frame's session token), sizes frames to
 * their content, and keeps the colour mode in step between the page and its frames.
 */
(function () {
  'use strict';
  var STORAGE_KEY = 'cx-local-color-mode';
  var root = document.documentElement;

  function colorMode() {
    return root.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light';
  }

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-frame-token]'));
  }

  function frameFor(source) {
    return frames().find(function (frame) {
      return frame.contentWindow === source;
    });
  }

  function themeMessage() {
    return { type: 'cx-host:theme', colorMode: colorMode(), themeAttribute: root.getAttribute('data-theme') };
  }

  // Colour mode: the switch in the header, remembered across pages and passed on to every frame.
  function setColorMode(mode, remember) {
    root.setAttribute('data-color-mode', mode);
    if (remember) {
      try {
        localStorage.setItem(STORAGE_KEY, mode);
      } catch {
        /* storage may be disabled; the switch still works for this page */
      }
    }
    var toggle = document.getElementById('host-theme-toggle');
    if (toggle) {
      toggle.setAttribute('aria-pressed', String(mode === 'dark'));
    }
    frames().forEach(function (frame) {
      if (frame.contentWindow) frame.contentWindow.postMessage(themeMessage(), '*');
    });
  }

  function request(method, url, body) {
    return fetch(url, {
      method: method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (response) {
      return response
        .json()
        .catch(function () {
          return null;
        })
        .then(function (data) {
          if (!response.ok) {
            var message = data && data.error && data.error.message;
            throw new Error(message || 'The host answered ' + response.status + ' ' + response.statusText);
          }
          return data;
        });
    });
  }

  function frameUrl(frame, action) {
    return '/_host/frames/' + encodeURIComponent(frame.dataset.frameToken) + '/' + action;
  }

  function targetUrl(location) {
    if (location.target === 'issue' && location.issueKey)
      return '/jira/issue/' + encodeURIComponent(location.issueKey);
    if (location.target === 'dashboard') return '/jira/dashboard';
    throw new Error('Navigation target "' + location.target + '" is not available in the local host.');
  }

  function safeUrl(url) {
    var parsed = new URL(url, window.location.href);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new Error('Only http(s) links can be opened.');
    return parsed.href;
  }

  function showFlag(options) {
    var region = document.getElementById('host-flags');
    if (!region) return;
    var flag = document.createElement('div');
    flag.className = 'host-flag host-flag--' + (options.type || 'info');
    flag.dataset.flagId = String(options.id);
    var title = document.createElement('strong');
    title.textContent = options.title || '';
    var description = document.createElement('p');
    description.textContent = options.description || '';
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'host-button host-button--subtle';
    close.textContent = 'Dismiss';
    close.addEventListener('click', function () {
      flag.remove();
    });
    flag.append(title, description, close);
    region.append(flag);
  }

  var handlers = {
    getContext: function (frame) {
      return request('GET', frameUrl(frame, 'context')).then(function (context) {
        context.theme = {
          colorMode: colorMode(),
          light: 'light',
          dark: 'dark',
          spacing: 'spacing',
          typography: 'typography',
          shape: 'shape',
        };
        return context;
      });
    },
    invoke: function (frame, payload) {
      return request('POST', frameUrl(frame, 'invoke'), {
        functionKey: payload && payload.functionKey,
        payload: payload && payload.payload,
      }).then(function (answer) {
        return answer.value;
      });
    },
    fetchProduct: function (frame, payload) {
      return request('POST', frameUrl(frame, 'product'), payload);
    },
    submit: function (frame, payload) {
      return request('POST', frameUrl(frame, 'submit'), { payload: payload }).then(function (answer) {
        if (!answer.submitted) return false;
        if (answer.frame) {
          // Jira leaves the edit view once the configuration is saved: show the gadget's view.
          setTimeout(function () {
            swapFrame(frame, answer.frame);
          }, 0);
        }
        return true;
      });
    },
    enableTheming: function () {
      return Promise.resolve({
        colorMode: colorMode(),
        themeAttribute: root.getAttribute('data-theme'),
        cssHref: '/_host/theme.css',
      });
    },
    refresh: function (frame) {
      if (frame.dataset.refreshable !== 'true') return Promise.resolve(false);
      setTimeout(function () {
        reloadFrame(frame);
      }, 0);
      return Promise.resolve(true);
    },
    close: function () {
      return Promise.resolve(false);
    },
    onClose: function () {
      return Promise.resolve(false);
    },
    navigate: function (frame, payload) {
      var url = safeUrl(payload.url || targetUrl(payload));
      if (payload.type === 'new-tab') window.open(url, '_blank', 'noopener');
      else window.location.assign(url);
      return Promise.resolve();
    },
    getUrl: function (frame, payload) {
      return Promise.resolve(new URL(targetUrl(payload), window.location.href).href);
    },
    showFlag: function (frame, payload) {
      showFlag(payload || {});
      return Promise.resolve();
    },
    closeFlag: function (frame, payload) {
      var flag = document.querySelector('[data-flag-id="' + CSS.escape(String(payload && payload.id)) + '"]');
      if (flag) flag.remove();
      return Promise.resolve();
    },
    changeWindowTitle: function () {
      return Promise.resolve();
    },
    emitReadyEvent: function () {
      return Promise.resolve();
    },
  };

  function reloadFrame(frame) {
    frame.src = frame.getAttribute('src');
  }

  function swapFrame(frame, next) {
    frame.dataset.frameToken = next.token;
    if (next.entryPoint) frame.dataset.entryPoint = next.entryPoint;
    else delete frame.dataset.entryPoint;
    frame.setAttribute('src', next.src);
    var card = frame.closest('[data-gadget-id]');
    if (card) card.dispatchEvent(new CustomEvent('host:gadget-view', { bubbles: true }));
  }

  window.addEventListener('message', function (event) {
    var frame = frameFor(event.source);
    var data = event.data;
    if (!frame || !data || typeof data !== 'object') return;
    if (data.type === 'cx-bridge:resize') {
      var min = Number(frame.dataset.minHeight) || 60;
      var max = Number(frame.dataset.maxHeight) || 4000;
      frame.style.height = Math.min(max, Math.max(min, Number(data.height) || 0)) + 'px';
      return;
    }
    if (data.type !== 'cx-bridge:call') return;
    var handler = Object.prototype.hasOwnProperty.call(handlers, data.name) ? handlers[data.name] : null;
    var answer = handler
      ? Promise.resolve().then(function () {
          return handler(frame, data.payload);
        })
      : Promise.reject(new Error('"' + data.name + '" is not available in the local host.'));
    answer.then(
      function (value) {
        event.source.postMessage({ type: 'cx-host:reply', id: data.id, ok: true, value: value }, '*');
      },
      function (error) {
        event.source.postMessage(
          {
            type: 'cx-host:reply',
            id: data.id,
            ok: false,
            error: { message: String((error && error.message) || error) },
          },
          '*',
        );
      },
    );
  });

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('#host-theme-toggle')) setColorMode(colorMode() === 'dark' ? 'light' : 'dark', true);
    var refresh = target.closest('[data-refresh-frame]');
    if (refresh) {
      var card = refresh.closest('[data-gadget-id]');
      var frame = card && card.querySelector('iframe[data-frame-token]');
      if (frame) reloadFrame(frame);
    }
  });

  // A gadget that leaves its edit view drops `?edit=` from the address, so a reload shows the view.
  document.addEventListener('host:gadget-view', function (event) {
    var card = event.target;
    var url = new URL(window.location.href);
    if (url.searchParams.get('edit') === card.dataset.gadgetId) {
      url.searchParams.delete('edit');
      history.replaceState(null, '', url.pathname + url.search + url.hash);
    }
    var mode = card.querySelector('[data-gadget-mode]');
    if (mode) mode.textContent = '';
  });

  setColorMode(colorMode(), false);
})();
