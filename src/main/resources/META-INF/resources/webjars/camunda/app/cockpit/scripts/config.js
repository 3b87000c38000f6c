// Masar: the cockpit webapp in Arabic (shared settings in app/masar/config.js).
export { default } from '../../masar/config.js';
