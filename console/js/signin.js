/**
 * Regulator sign-in. Locally (config.json says `token`): an access token, with the demo tokens as a hint.
 * On AWS (config.json names the Cognito user pool): "sign in with your account" runs the hosted UI's
 * authorization code flow with PKCE (oidc.js) and keeps the returned ID token in sessionStorage, where an
 * API token would be; an API token can still be entered below it. The API's authorizer verifies either.
 */
import { ApiError, api, setToken } from './api.js';
import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { beginSignIn, callbackFrom, completeSignIn, loadAuthConfig, logoutUrl, SignInError } from './oidc.js';

/** @type {Promise<import('./oidc.js').AuthConfig | null> | null} */
let configPromise = null;
const authConfig = () => {
  configPromise ??= loadAuthConfig(fetch);
  return configPromise;
};

/**
 * Ends the hosted UI's session too (so the next person at this browser must sign in again).
 * @returns {Promise<boolean>} true when the page is leaving for the hosted UI's sign-out
 */
export async function endHostedSession() {
  const cfg = await authConfig();
  if (cfg?.kind !== 'cognito') return false;
  location.assign(logoutUrl(cfg));
  return true;
}

/**
 * Checks a credential against the review API, then keeps it for the session.
 * @param {string} token
 * @returns {Promise<string | null>} an i18n error key, or null when signed in
 */
async function adopt(token) {
  try {
    await api('/v1/review/me', { token });
  } catch (err) {
    return err instanceof ApiError && err.status === 403 ? 'signin.notRegulator' : 'signin.bad';
  }
  setToken(token);
  return null;
}

/**
 * @param {HTMLElement} root
 * @param {() => void} done
 * @param {string} [errorKey]
 */
export function renderSignIn(root, done, errorKey) {
  const input = /** @type {HTMLInputElement} */ (
    h('input', {
      id: 'token',
      name: 'token',
      type: 'password',
      autocomplete: 'off',
      required: true,
      spellcheck: 'false',
    })
  );
  const error = h('p', { class: 'form-error', role: 'alert' }, errorKey ? t(errorKey) : '');
  const hint = h('p', { class: 'hint', hidden: true }, t('signin.hint'));
  const title = h('h1', {}, t('signin.title'));
  const label = h('label', { for: 'token' }, t('signin.token'));
  const form = h(
    'form',
    { class: 'card signin', id: 'signin-form' },
    title,
    label,
    input,
    hint,
    error,
    h('button', { type: 'submit', class: 'primary' }, t('signin.submit')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const token = input.value.trim();
    if (!token) return;
    const failed = await adopt(token);
    if (failed) {
      error.textContent = t(failed);
      return;
    }
    done();
  });
  replace(root, h('div', { class: 'signin-wrap' }, form));
  input.focus();

  authConfig().then(async (cfg) => {
    if (cfg?.kind === 'token') hint.hidden = !cfg.demo;
    if (cfg?.kind !== 'cognito') return;
    const account = h('button', { type: 'button', class: 'primary', id: 'signin-account' }, t('signin.account'));
    account.addEventListener('click', () =>
      beginSignIn(cfg, sessionStorage, (url) => location.assign(url)).catch(() => {
        error.textContent = t('signin.failed');
      }),
    );
    title.after(account, h('p', { class: 'hint' }, t('signin.orToken')));

    const callback = callbackFrom(location.search);
    if (!callback) return;
    // back from the hosted UI: drop code and state from the address bar before anything else
    history.replaceState(null, '', location.pathname + location.hash);
    if ('error' in callback) {
      error.textContent = t('signin.failed');
      return;
    }
    account.setAttribute('disabled', '');
    error.textContent = t('signin.redirecting');
    try {
      const idToken = await completeSignIn(cfg, callback, sessionStorage, fetch);
      const failed = await adopt(idToken);
      // a valid ID token the API refuses: the account is in no region group yet
      if (failed) throw new SignInError(failed === 'signin.bad' ? 'signin.noScope' : failed, 'refused by the API');
    } catch (err) {
      account.removeAttribute('disabled');
      error.textContent = t(err instanceof SignInError ? err.key : 'signin.failed');
      return;
    }
    done();
  });
}
