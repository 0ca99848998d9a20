// The room page: /room/<alias>?participantName=…&refreshToken=… (or accessToken=…).
// Signs in with the token of its URL through its own server (POST /room/<alias>/session: the
// exchange of a refresh token needs a client secret, which only the server has), takes the
// token out of the address bar, shows the room and what the visitor may do there, previews the
// camera and microphone only where the visitor may publish them, joins the room's call through
// the API, and on Leave leaves the call and tells the embedding page: postMessage('ld_finish_call').
// Plain JavaScript, no build, nothing from other hosts (the page's CSP allows none).
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const alias = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] || '');

  // Read the token once, then take it out of the address bar, the history and any bookmark.
  const query = new URLSearchParams(location.search);
  const urlToken = { refreshToken: query.get('refreshToken'), accessToken: query.get('accessToken') };
  const nameInUrl = query.get('participantName');
  if (query.has('refreshToken') || query.has('accessToken')) {
    query.delete('refreshToken');
    query.delete('accessToken');
    const rest = query.toString();
    history.replaceState(null, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
  }

  const state = { session: null, participantId: null, stream: null, renewal: null, left: false };

  /** A failed call: the problem document's title and detail, for the person to read. */
  class Problem extends Error {
    constructor(status, problem, fallback) {
      super((problem && problem.detail) || fallback);
      this.status = status;
      this.title = (problem && problem.title) || 'Something went wrong';
      this.detail = (problem && problem.detail) || fallback;
    }
  }

  async function call(method, url, token, body) {
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(url, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer',
      });
    } catch (e) {
      throw new Problem(0, null, 'The room server cannot be reached. Check your connection and reload.');
    }
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    if (!response.ok) throw new Problem(response.status, json, 'The server answered ' + response.status + '.');
    return json;
  }

  const api = (method, path, body) => call(method, '/v1' + path, state.session.accessToken, body);

  function signIn(token) {
    const body = {};
    if (token.refreshToken) body.refreshToken = token.refreshToken;
    else body.accessToken = token.accessToken;
    if (nameInUrl) body.participantName = nameInUrl;
    return call('POST', '/room/' + encodeURIComponent(alias) + '/session', null, body);
  }

  /** Renews the access token before it expires, with the rotated refresh token the session holds. */
  function scheduleRenewal() {
    clearTimeout(state.renewal);
    if (!state.session.refreshToken || state.left) return;
    const seconds = Math.max(10, Math.floor(state.session.expiresIn * 0.8));
    state.renewal = setTimeout(async () => {
      try {
        const renewed = await signIn({ refreshToken: state.session.refreshToken });
        state.session.accessToken = renewed.accessToken;
        state.session.refreshToken = renewed.refreshToken;
        state.session.expiresIn = renewed.expiresIn;
        scheduleRenewal();
      } catch (e) {
        status('Your sign-in could not be renewed: ' + e.detail);
      }
    }, seconds * 1000);
  }

  function status(text) {
    $('status').textContent = text;
  }

  function fail(title, detail) {
    document.body.dataset.state = 'failed';
    $('room').hidden = true;
    $('problem-title').textContent = title;
    $('problem-detail').textContent = detail;
    $('problem').hidden = false;
    document.title = title;
  }

  const TYPES = {
    lesson: ['Lesson', 'Everyone may turn on camera and microphone.'],
    webinar: ['Webinar', 'The hosts speak; the audience watches and listens.'],
  };

  function showRoom(room, session) {
    const [typeName, typeText] = TYPES[room.type] || [room.type, ''];
    document.title = room.name;
    $('room-name').textContent = room.name;
    $('room-type').textContent = typeName;
    $('room-type').title = typeText;
    $('room-type').hidden = false;
    const p = session.permissions;
    const role = p.moderate ? 'host' : (p.camera || p.microphone ? 'participant' : 'viewer');
    $('who').textContent = session.participantName + ' · ' + role;
    const items = [
      ['camera', 'Camera', p.camera],
      ['microphone', 'Microphone', p.microphone],
      ['screenShare', 'Screen sharing', p.screenShare],
      ['chat', 'Chat', p.chat],
      ['moderate', 'Moderation', p.moderate],
    ];
    const list = $('permissions');
    list.replaceChildren(...items.map(([key, label, allowed]) => {
      const item = document.createElement('li');
      item.dataset.permission = key;
      item.className = allowed ? 'allowed' : 'denied';
      item.textContent = (allowed ? '✓ ' : '✕ ') + label;
      item.setAttribute('aria-label', label + (allowed ? ': allowed' : ': not allowed'));
      return item;
    }));
  }

  /** Camera and microphone, each only where the visitor may publish it; none for a viewer. */
  async function startPreview(p) {
    if (!p.camera && !p.microphone) {
      document.body.dataset.media = 'none';
      $('placeholder-text').textContent = 'You are in the audience: you watch and listen. This room does not ask for '
        + 'your camera or microphone.';
      return;
    }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      document.body.dataset.media = 'unavailable';
      $('placeholder-text').textContent = 'This browser gives no camera or microphone here (a page must be served '
        + 'over HTTPS, and an iframe needs allow="camera; microphone").';
      return;
    }
    $('placeholder-text').textContent = 'Asking for your ' + [p.camera && 'camera', p.microphone && 'microphone']
      .filter(Boolean).join(' and ') + '…';
    try {
      state.stream = await navigator.mediaDevices.getUserMedia({ video: p.camera, audio: p.microphone });
    } catch (e) {
      document.body.dataset.media = 'refused';
      $('placeholder-text').textContent = 'Your browser did not give the '
        + (p.camera ? 'camera' : 'microphone') + ' (' + e.name + '). You can still watch and listen.';
      return;
    }
    if (state.left) {
      stopMedia();
      return;
    }
    const video = $('preview');
    if (p.camera) {
      video.srcObject = state.stream;
      video.hidden = false;
      $('placeholder').hidden = true;
      $('preview-label').textContent = 'You';
      $('preview-label').hidden = false;
      try { await video.play(); } catch (e) { /* autoplay of a muted video is allowed; the attribute retries */ }
    } else {
      $('placeholder-text').textContent = 'Your microphone is on; this room gives you no camera.';
    }
    document.body.dataset.media = p.camera ? 'camera' : 'microphone';
  }

  function stopMedia() {
    if (state.stream) state.stream.getTracks().forEach((track) => track.stop());
    state.stream = null;
    $('preview').srcObject = null;
  }

  async function joinCall(session) {
    const p = session.permissions;
    const created = await api('POST', '/spaces/' + session.spaceId + '/participants', {
      name: session.participantName,
      roomId: session.roomId,
      role: p.camera || p.microphone ? 'speaker' : 'viewer',
      clientUniqueId: 'room-page-' + Math.random().toString(36).slice(2, 12),
    });
    state.participantId = created.id;
    await api('POST', '/spaces/' + session.spaceId + '/rooms/' + session.roomId + '/join',
      { participantId: state.participantId });
  }

  function leaveRequest(keepalive) {
    const s = state.session;
    return fetch('/v1/spaces/' + s.spaceId + '/rooms/' + s.roomId + '/leave', {
      method: 'POST', keepalive, credentials: 'omit', referrerPolicy: 'no-referrer',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + s.accessToken },
      body: JSON.stringify({ participantId: state.participantId }),
    });
  }

  async function leave() {
    if (state.left) return;
    state.left = true;
    clearTimeout(state.renewal);
    $('leave').disabled = true;
    stopMedia();
    if (state.participantId) {
      try { await leaveRequest(false); } catch (e) { /* the call ends for us either way */ }
    }
    document.body.dataset.state = 'left';
    $('preview').hidden = true;
    $('preview-label').hidden = true;
    $('placeholder').hidden = false;
    $('placeholder-text').textContent = 'You have left the call.';
    status('You have left the call.');
    // MoodHood's signal to the embedding page (which may be on any origin).
    window.parent.postMessage('ld_finish_call', '*');
  }

  async function main() {
    $('leave').addEventListener('click', leave);
    if (!urlToken.refreshToken && !urlToken.accessToken) {
      fail('No sign-in in this link', 'This room link carries no token, or it was already taken out of the address '
        + 'bar. Open the room again from the site that showed it, or ask for a new link.');
      return;
    }
    try {
      state.session = await signIn(urlToken);
    } catch (e) {
      fail(e.title, e.detail);
      return;
    }
    scheduleRenewal();
    let room;
    try {
      room = await api('GET', '/spaces/' + state.session.spaceId + '/rooms/' + state.session.roomId);
    } catch (e) {
      fail(e.title, e.detail);
      return;
    }
    showRoom(room, state.session);
    $('leave').disabled = false;
    document.body.dataset.state = 'ready';
    await startPreview(state.session.permissions);
    if (state.left) return;
    status('Joining the call…');
    try {
      await joinCall(state.session);
      if (state.left) {
        // Leave was pressed while joining: take the participant out again.
        leaveRequest(false).catch(() => {});
      } else {
        document.body.dataset.call = 'joined';
        status('You are in the call as ' + state.session.participantName + '.');
      }
    } catch (e) {
      document.body.dataset.call = 'failed';
      status('Could not join the call: ' + e.detail);
    }
  }

  // Closing the tab or the frame leaves the call too.
  window.addEventListener('pagehide', () => {
    if (state.participantId && !state.left) {
      state.left = true;
      leaveRequest(true).catch(() => {});
    }
  });

  main();
}());
