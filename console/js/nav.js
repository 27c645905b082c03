/** Where "back to the queue" goes: the queue as last shown, filters included. */
let lastQueue = '#/queue';

/** @param {string} hash */
export function rememberQueue(hash) {
  lastQueue = hash || '#/queue';
}

export const queueHref = () => lastQueue;
