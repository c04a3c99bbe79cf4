// @ts-nocheck -- browser code (DOM, GraphiQL's UMD globals) in a package typed for Node; it is never run by Node.
// The IDE page's script, served as the source text of idePage (/ide/page.js, settings inline from gateway/src/ide.ts):
// a TypeScript module rather than a file beside the code so the gateway's bundle (dist/, the image) carries it.
// Sign-in with the authorization code flow and PKCE (RFC 7636, S256) against the configured issuer, the signed-in
// bar, GraphiQL with the example operations as tabs, and "Download CSV" of the last result's first list.
// Self-contained: it may use browser globals only, nothing imported or defined elsewhere in this module.
export function idePage() {
  const settings = window.IDE_SETTINGS;
  const SESSION = 'unmn.ide.session';
  const PENDING = 'unmn.ide.pending';
  const redirectUri = `${location.origin}/ide`;
  const $ = (id) => document.getElementById(id);

  const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const random = () => b64url(crypto.getRandomValues(new Uint8Array(32)));
  const jwtPayload = (jwt) => JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  const readJson = (key) => {
    try {
      return JSON.parse(sessionStorage.getItem(key) ?? 'null');
    } catch {
      return null;
    }
  };
  const showError = (message) => {
    $('who').className = 'grow error';
    $('who').textContent = message;
  };

  let discovery;
  async function provider() {
    if (!discovery) {
      const res = await fetch(`${settings.signIn.issuer}/.well-known/openid-configuration`);
      if (!res.ok) throw new Error(`the identity provider's discovery answered HTTP ${res.status}`);
      discovery = await res.json();
    }
    return discovery;
  }

  async function signIn() {
    const as = await provider();
    const pending = { verifier: random(), state: random(), nonce: random() };
    sessionStorage.setItem(PENDING, JSON.stringify(pending));
    const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(pending.verifier)));
    const url = new URL(as.authorization_endpoint);
    Object.entries({
      response_type: 'code',
      client_id: settings.signIn.clientId,
      redirect_uri: redirectUri,
      scope: settings.signIn.scope,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).forEach(([k, v]) => url.searchParams.set(k, v));
    location.assign(url.href);
  }

  // Back from the provider with ?code&state (or ?error): exchange the code, check state and nonce, keep the token.
  async function completeSignIn(params) {
    const pending = readJson(PENDING);
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, '', '/ide');
    if (params.get('error')) throw new Error(`sign-in refused: ${params.get('error')}${params.get('error_description') ? ` (${params.get('error_description')})` : ''}`);
    if (!pending || params.get('state') !== pending.state) throw new Error('sign-in answer does not match the request made from this tab (state); sign in again');
    const as = await provider();
    const res = await fetch(as.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri, client_id: settings.signIn.clientId, code_verifier: pending.verifier }),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`token request refused: ${body.error ?? `HTTP ${res.status}`}${body.error_description ? ` (${body.error_description})` : ''}`);
    // The ID token comes straight from the token endpoint, so its issuer, audience and nonce are what is checked here.
    const id = body.id_token ? jwtPayload(body.id_token) : null;
    if (!id || id.nonce !== pending.nonce || id.iss !== settings.signIn.issuer || ![].concat(id.aud).includes(settings.signIn.clientId)) {
      throw new Error('the ID token does not belong to this sign-in (issuer, audience or nonce differ)');
    }
    sessionStorage.setItem(SESSION, JSON.stringify({ accessToken: body.access_token, idToken: body.id_token, name: id.name ?? id.sub, expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000 }));
  }

  async function signOut() {
    const session = readJson(SESSION);
    sessionStorage.removeItem(SESSION);
    const as = await provider().catch(() => null);
    if (as?.end_session_endpoint && session?.idToken) {
      const url = new URL(as.end_session_endpoint);
      url.searchParams.set('client_id', settings.signIn.clientId);
      url.searchParams.set('id_token_hint', session.idToken);
      location.assign(url.href);
    } else location.reload();
  }

  const session = () => {
    const s = readJson(SESSION);
    return s && s.expiresAt > Date.now() ? s : null;
  };
  const authHeaders = () => (session() ? { authorization: `Bearer ${session().accessToken}` } : {});

  async function showViewer() {
    const s = session();
    if (!s) {
      $('who').textContent = settings.signIn ? 'Not signed in: anonymous view' : '';
      return;
    }
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: JSON.stringify({ query: '{ viewer { role subject organization { id } country { iso3 } } }' }),
    });
    const body = await res.json();
    if (!body.data) throw new Error(`the graph refused the sign-in: ${body.errors?.[0]?.message ?? `HTTP ${res.status}`}`);
    const v = body.data.viewer;
    const where = v.organization ? `, organization ${v.organization.id}` : v.country ? `, country ${v.country.iso3}` : '';
    $('who').className = 'grow';
    $('who').textContent = `Signed in as ${s.name} (${v.subject}): role ${v.role}${where}`;
  }

  // CSV of the first list in a result: a connection's edges[].node or a plain array, columns named by dotted paths.
  function firstList(value) {
    if (Array.isArray(value)) return value;
    if (value && typeof value === 'object') {
      if (Array.isArray(value.edges)) return value.edges.map((e) => e?.node ?? e);
      for (const child of Object.values(value)) {
        const list = firstList(child);
        if (list) return list;
      }
    }
    return null;
  }
  function flatten(value, prefix, row) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, row);
    } else row[prefix || 'value'] = Array.isArray(value) ? JSON.stringify(value) : value;
    return row;
  }
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  function toCsv(list) {
    const rows = list.map((item) => flatten(item, '', {}));
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    return [columns, ...rows.map((r) => columns.map((c) => r[c]))].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  }

  let last = null;
  function remember(result, operationName) {
    const list = result?.data ? firstList(result.data) : null;
    last = list ? { list, name: operationName || 'result' } : null;
    $('csv').disabled = !last;
    $('csv').title = last ? `${list.length} rows` : 'The last result has no list';
  }
  $('csv').onclick = () => {
    if (!last) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([toCsv(last.list)], { type: 'text/csv' }));
    link.download = `${last.name}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  function startIde() {
    const base = GraphiQL.createFetcher({ url: '/graphql', fetch: (url, init) => fetch(url, { ...init, headers: { ...init?.headers, ...authHeaders() } }) });
    // createFetcher answers (maybe through a promise) with one result or an async iterable (multipart, for @defer);
    // the first payload with data is the one whose list downloads.
    const record = (result, name) => {
      if (!(result && Symbol.asyncIterator in result)) return (remember(result, name), result);
      return (async function* () {
        let seen = false;
        for await (const r of result) {
          const payload = Array.isArray(r) ? r[0] : r;
          if (!seen && payload?.data) {
            seen = true;
            remember(payload, name);
          }
          yield r;
        }
      })();
    };
    const fetcher = (params, options) => {
      const result = base(params, options);
      // GraphiQL names the operation only when the document holds several.
      const name = params.operationName || /\b(?:query|mutation|subscription)\s+(\w+)/.exec(params.query)?.[1];
      if (name === 'IntrospectionQuery') return result;
      return typeof result?.then === 'function' ? result.then((r) => record(r, name)) : record(result, name);
    };
    ReactDOM.createRoot($('ide')).render(
      React.createElement(GraphiQL, { fetcher, defaultTabs: settings.tabs, isHeadersEditorEnabled: true, shouldPersistHeaders: false }),
    );
  }

  async function main() {
    if (settings.signIn) {
      $('sign-in').onclick = () => signIn().catch((e) => showError(`Sign-in failed: ${e.message}`));
      $('sign-out').onclick = () => signOut();
      const params = new URLSearchParams(location.search);
      if (params.has('code') || params.has('error')) {
        const failed = await completeSignIn(params).then(() => false, (e) => (showError(`Sign-in failed: ${e.message}`), true));
        if (failed) {
          $('sign-in').hidden = false;
          startIde();
          return;
        }
      }
      const signedIn = !!session();
      $('sign-in').hidden = signedIn;
      $('sign-out').hidden = !signedIn;
    }
    startIde();
    await showViewer().catch((e) => showError(e.message));
  }
  main();
}
