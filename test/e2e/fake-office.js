/* global window */
/**
 * A scripted stand-in for Office.js, served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js (and any dev-path office.js) so the built
 * task pane runs as Outlook on the web would host it — without the network and with a host we control.
 *
 * It implements exactly what the pane calls, with Office's asynchronous callback shapes:
 * Office.onReady, Office.context.requirements.isSetSupported, Office.context.mailbox.item
 * .getAllInternetHeadersAsync / .attachments / .getAttachmentContentAsync, Office.context.mailbox.addHandlerAsync / removeHandlerAsync
 * (ItemChanged, OfficeThemeChanged), Office.context.officeTheme, Office.EventType,
 * Office.AsyncResultStatus, Office.HostType, Office.MailboxEnums.ItemType.
 *
 * Each test drives it with window.__fakeOffice (set by page.addInitScript before this file runs):
 *   { host: 'Outlook' | null, requirementSets: { Mailbox: '1.14' }, onReadyDelayMs,
 *     theme: { bodyBackgroundColor, bodyForegroundColor, controlBackgroundColor, controlForegroundColor } | null,
 *     item: { id, headers, error: { code, message, name } | null, delayMs, noAnswer, mode: 'read' | 'compose',
 *             attachments: [{ id, name, attachmentType: 'file' | 'item', contentType, format: 'eml' | 'base64', content }] } | null }
 * (noAnswer: getAllInternetHeadersAsync never calls back, as a hung Outlook)
 * and observes / steers it through window.__fakeOfficeControl (calls, deliveries, missing, changeItem,
 * changeTheme). Anything the pane reads that this file does not define is listed in `missing`, so a
 * gap in the fake shows up as a named property rather than as a mysterious failure.
 */
(function installFakeOffice() {
  'use strict';
  var config = window.__fakeOffice || { host: null };
  var control = {
    calls: [],
    deliveries: [],
    missing: [],
    handlers: {},
    changeItem: changeItem,
    changeTheme: changeTheme,
  };
  window.__fakeOfficeControl = control;

  var EventType = {
    ItemChanged: 'olkItemSelectedChanged',
    OfficeThemeChanged: 'officeThemeChanged',
  };
  var AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  var HostType = { Outlook: 'Outlook', Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint' };
  var PlatformType = { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac', iOS: 'iOS', Android: 'Android' };
  var inHost = config.host === 'Outlook';

  function record(api, detail) {
    control.calls.push({ api: api, detail: detail === undefined ? null : detail, at: Date.now() });
  }

  /** Wraps an object so reads of properties it lacks are recorded (only when hosted). */
  function watched(name, target) {
    if (!inHost || typeof Proxy !== 'function') return target;
    return new Proxy(target, {
      get: function (object, property, receiver) {
        if (typeof property === 'string' && !(property in object) && property !== 'then') {
          var path = name + '.' + property;
          if (control.missing.indexOf(path) < 0) control.missing.push(path);
        }
        return Reflect.get(object, property, receiver);
      },
    });
  }

  function asyncResult(status, value, error, asyncContext) {
    var result = { status: status, value: value, asyncContext: asyncContext };
    if (error) result.error = error;
    return result;
  }

  function versionAtLeast(have, want) {
    var a = String(have).split('.');
    var b = String(want === undefined ? '1.1' : want).split('.');
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      var x = Number(a[i] || 0);
      var y = Number(b[i] || 0);
      if (x !== y) return x > y;
    }
    return true;
  }

  function makeItem(itemConfig) {
    if (!itemConfig) return null;
    var item = {
      itemType: 'message',
      itemId: itemConfig.id || 'AAMkAGI2fake' + Math.random().toString(36).slice(2),
      subject: itemConfig.subject || '',
    };
    // Compose forms have saveAsync and no getAllInternetHeadersAsync (a read-mode API).
    if (itemConfig.mode === 'compose') {
      item.saveAsync = function (optionsOrCallback, maybeCallback) {
        var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
        record('saveAsync', item.itemId);
        window.setTimeout(function () {
          if (typeof callback === 'function') callback(asyncResult(AsyncResultStatus.Succeeded, item.itemId));
        }, 0);
      };
    } else {
      // Read items have a body; the pane reads it only for a bounce (its status is in the body).
      item.body = {
        getAsync: function (coercionType, optionsOrCallback, maybeCallback) {
          var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
          record('body.getAsync', item.itemId);
          window.setTimeout(function () {
            if (typeof callback === 'function')
              callback(asyncResult(AsyncResultStatus.Succeeded, itemConfig.body || ''));
          }, 0);
        },
      };
      // Read items list their attachments (Mailbox 1.0) and hand over one's content (Mailbox 1.8): an
      // attached Outlook item as its .eml text, a file as base64, as Outlook does.
      var attachments = itemConfig.attachments || [];
      item.attachments = attachments.map(function (attachment) {
        return {
          id: attachment.id,
          name: attachment.name,
          attachmentType: attachment.attachmentType || 'file',
          contentType: attachment.contentType || 'application/octet-stream',
          isInline: false,
          size: String(attachment.content || '').length,
        };
      });
      item.getAttachmentContentAsync = function (id, optionsOrCallback, maybeCallback) {
        var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
        record('getAttachmentContentAsync', id);
        var found = attachments.filter(function (attachment) {
          return attachment.id === id;
        })[0];
        window.setTimeout(function () {
          if (typeof callback !== 'function') return;
          if (!found) {
            callback(
              asyncResult(AsyncResultStatus.Failed, undefined, {
                code: 9002,
                name: 'InvalidAttachmentId',
                message: 'The attachment ID does not exist.',
              }),
            );
            return;
          }
          callback(
            asyncResult(AsyncResultStatus.Succeeded, { format: found.format, content: found.content }),
          );
        }, 0);
      };
      item.getAllInternetHeadersAsync = function (optionsOrCallback, maybeCallback) {
        var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
        var options = typeof optionsOrCallback === 'object' && optionsOrCallback ? optionsOrCallback : {};
        record('getAllInternetHeadersAsync', item.itemId);
        if (itemConfig.noAnswer) return;
        window.setTimeout(function () {
          var result = itemConfig.error
            ? asyncResult(AsyncResultStatus.Failed, undefined, itemConfig.error, options.asyncContext)
            : asyncResult(AsyncResultStatus.Succeeded, itemConfig.headers || '', null, options.asyncContext);
          control.deliveries.push({ itemId: item.itemId, status: result.status, at: Date.now() });
          if (typeof callback === 'function') callback(result);
        }, itemConfig.delayMs || 0);
      };
    }
    return watched('Office.context.mailbox.item', item);
  }

  var mailbox = {
    item: makeItem(config.item),
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '16.0.0.0', OWAView: 'ThreeColumns' },
    // The signed-in mailbox: the pane judges look-alikes of its domain.
    userProfile: { emailAddress: 'megan.bowen@contoso.com', displayName: 'Megan Bowen' },
    /** The compose form Outlook would open: its parameters land in `calls` for the test to read. */
    displayNewMessageForm: function (parameters) {
      record('displayNewMessageForm', JSON.parse(JSON.stringify(parameters)));
    },
    addHandlerAsync: function (eventType, handler, optionsOrCallback, maybeCallback) {
      var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
      record('addHandlerAsync', eventType);
      (control.handlers[eventType] = control.handlers[eventType] || []).push(handler);
      window.setTimeout(function () {
        if (typeof callback === 'function') callback(asyncResult(AsyncResultStatus.Succeeded));
      }, 0);
    },
    removeHandlerAsync: function (eventType, optionsOrCallback, maybeCallback) {
      var callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
      record('removeHandlerAsync', eventType);
      delete control.handlers[eventType];
      window.setTimeout(function () {
        if (typeof callback === 'function') callback(asyncResult(AsyncResultStatus.Succeeded));
      }, 0);
    },
  };

  var requirementSets = config.requirementSets || {};
  var context = {
    requirements: {
      isSetSupported: function (name, minVersion) {
        var supported =
          inHost && requirementSets[name] !== undefined && versionAtLeast(requirementSets[name], minVersion);
        record('isSetSupported', name + ' ' + minVersion + ' → ' + supported);
        return supported;
      },
    },
    displayLanguage: 'en-US',
    diagnostics: {
      host: inHost ? 'Outlook' : null,
      platform: inHost ? 'OfficeOnline' : null,
      version: '16.0',
    },
    platform: inHost ? PlatformType.OfficeOnline : null,
  };
  if (inHost) {
    context.mailbox = watched('Office.context.mailbox', mailbox);
    // officeTheme arrives with Mailbox 1.14 in Outlook; a test without a theme models older clients.
    if (config.theme) context.officeTheme = Object.assign({}, config.theme);
  }

  function fire(eventType, eventArgs) {
    (control.handlers[eventType] || []).slice().forEach(function (handler) {
      handler(eventArgs);
    });
  }

  /** The user selects another message in the reading pane (pinned task pane). */
  function changeItem(itemConfig) {
    record('fire ItemChanged', itemConfig ? itemConfig.id || null : null);
    mailbox.item = makeItem(itemConfig);
    fire(EventType.ItemChanged, { type: EventType.ItemChanged });
  }

  /** The user switches Outlook's theme. */
  function changeTheme(theme) {
    record('fire OfficeThemeChanged', theme.bodyBackgroundColor);
    context.officeTheme = Object.assign({}, theme);
    fire(EventType.OfficeThemeChanged, {
      type: EventType.OfficeThemeChanged,
      officeTheme: context.officeTheme,
    });
  }

  var readyInfo = inHost
    ? { host: HostType.Outlook, platform: PlatformType.OfficeOnline }
    : { host: null, platform: null };
  var readyPromise = new Promise(function (resolve) {
    window.setTimeout(function () {
      record('ready', readyInfo.host);
      if (typeof Office.initialize === 'function') Office.initialize('');
      resolve(readyInfo);
    }, config.onReadyDelayMs || 0);
  });

  var Office = {
    onReady: function (callback) {
      record('onReady');
      return readyPromise.then(function (info) {
        if (typeof callback === 'function') callback(info);
        return info;
      });
    },
    context: watched('Office.context', context),
    EventType: EventType,
    AsyncResultStatus: AsyncResultStatus,
    HostType: HostType,
    PlatformType: PlatformType,
    MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' } },
  };
  window.Office = watched('Office', Office);
})();
