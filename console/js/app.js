/** The console shell: sign-in gate, hash routes, language switch. */
import { ApiError, api, clearToken, getToken } from './api.js';
import { goToDecision, renderCase } from './case.js';
import { renderDashboard } from './dashboard.js';
import { clearToast, replace } from './dom.js';
import { getLang, setLang, t, translateStatic } from './i18n.js';
import { queueHref, rememberQueue } from './nav.js';
import { renderQueue } from './queue.js';
import { endHostedSession, renderSignIn } from './signin.js';

const app = /** @type {HTMLElement} */ (document.getElementById('app'));
const who = /** @type {HTMLElement} */ (document.getElementById('who'));
const signOut = /** @type {HTMLButtonElement} */ (document.getElementById('sign-out'));
const langSwitch = /** @type {HTMLButtonElement} */ (document.getElementById('lang-switch'));

/** @type {{ subject: string, regions: string[]|'*' } | null} */
let me = null;

/** The view currently shown, so a language switch can redraw it. */
async function route() {
  clearToast();
  translateStatic(document);
  langSwitch.textContent = t('lang.other');
  document.title = `RecruitWatch · ${t('app.title')}`;
  if (!getToken()) {
    me = null;
    showWho();
    renderSignIn(app, onSignedIn);
    return;
  }
  if (!me) {
    try {
      me = await api('/v1/review/me');
    } catch (err) {
      clearToken();
      renderSignIn(
        app,
        onSignedIn,
        err instanceof ApiError && err.status === 403 ? 'signin.notRegulator' : 'signin.bad',
      );
      return;
    }
  }
  showWho();
  const hash = location.hash.replace(/^#/, '') || '/queue';
  const [path = '/queue', query = ''] = hash.split('?');
  const params = new URLSearchParams(query);
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.classList.toggle(
      'active',
      path.startsWith(`/${a.getAttribute('data-nav')}`) ||
        (path.startsWith('/case') && a.getAttribute('data-nav') === 'queue'),
    );
  }
  try {
    if (path.startsWith('/case/')) await renderCase(app, decodeURIComponent(path.slice('/case/'.length)));
    else if (path === '/dashboard') await renderDashboard(app, params);
    else {
      rememberQueue(location.hash);
      await renderQueue(app, params);
    }
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      clearToken();
      me = null;
      renderSignIn(app, onSignedIn, 'signin.bad');
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    replace(
      app,
      Object.assign(document.createElement('p'), {
        className: 'error-box',
        textContent: `${t('error.generic')}: ${message}`,
      }),
    );
  }
}

function showWho() {
  signOut.hidden = !me;
  who.textContent = me
    ? `${me.subject} · ${me.regions === '*' ? t('who.all') : `${t('who.regions')} ${me.regions.join(', ')}`}`
    : '';
}

function onSignedIn() {
  me = null;
  if (!location.hash || location.hash === '#/signin') location.hash = '#/queue';
  else route();
}

signOut.addEventListener('click', async () => {
  clearToken();
  me = null;
  // on AWS the hosted UI's session ends too, then it returns here
  if (!(await endHostedSession())) route();
});

langSwitch.addEventListener('click', () => {
  setLang(getLang() === 'zh' ? 'en' : 'zh');
  route();
});

window.addEventListener('hashchange', () => route());

// On a case page (not while typing): Esc goes back to the queue as it was, D to the decision form
document.addEventListener('keydown', (e) => {
  const target = /** @type {HTMLElement} */ (e.target);
  if (target.closest('input, select, textarea') || !location.hash.startsWith('#/case/')) return;
  if (e.key === 'Escape') location.hash = queueHref();
  else if ((e.key === 'd' || e.key === 'D') && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    goToDecision();
  }
});
setLang(getLang());
route();
