// Masar: right-to-left layout for Arabic staff, and the association's styles, in every Camunda webapp.
// Camunda chooses Arabic unless the browser prefers English; the page direction follows the same rule.
const preferred = ((navigator.languages && navigator.languages[0]) || navigator.language || 'ar').toLowerCase();
if (!preferred.startsWith('en')) {
  document.documentElement.setAttribute('dir', 'rtl');
  document.documentElement.setAttribute('lang', 'ar');
}
const styles = document.createElement('link');
styles.rel = 'stylesheet';
styles.href = new URL('./masar.css', import.meta.url).href;
document.head.appendChild(styles);

export default [];
