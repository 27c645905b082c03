/** Token sign-in (local stack). In AWS the user pool's hosted UI hands the console an ID token instead. */
import { ApiError, api, setToken } from './api.js';
import { h, replace } from './dom.js';
import { t } from './i18n.js';

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
  const form = h(
    'form',
    { class: 'card signin', id: 'signin-form' },
    h('h1', {}, t('signin.title')),
    h('label', { for: 'token' }, t('signin.token')),
    input,
    h('p', { class: 'hint' }, t('signin.hint')),
    error,
    h('button', { type: 'submit', class: 'primary' }, t('signin.submit')),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const token = input.value.trim();
    if (!token) return;
    try {
      await api('/v1/review/me', { token });
    } catch (err) {
      error.textContent = t(err instanceof ApiError && err.status === 403 ? 'signin.notRegulator' : 'signin.bad');
      return;
    }
    setToken(token);
    done();
  });
  replace(root, h('div', { class: 'signin-wrap' }, form));
  input.focus();
}
