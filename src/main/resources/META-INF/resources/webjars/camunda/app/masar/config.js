// Masar: what every Camunda webapp shares. Each webapp's scripts/config.js re-exports it.
export default {
  app: {
    name: 'مسار',
    vendor: 'جمعية الحيانية للخدمات الإنسانية'
  },
  // Arabic for the association's staff, whatever language the office's browser is set to
  locales: {
    availableLocales: ['ar'],
    fallbackLocale: 'ar'
  },
  // right-to-left layout, the association's name and styles
  customScripts: ['../masar/masar']
};
