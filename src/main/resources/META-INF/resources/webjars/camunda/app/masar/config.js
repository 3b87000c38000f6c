// Masar: what every Camunda webapp shares. Each webapp's scripts/config.js re-exports it.
export default {
  app: {
    name: 'مسار',
    vendor: 'جمعية الحيانية للخدمات الإنسانية'
  },
  // Arabic for the association's staff; English stays available for English browsers
  locales: {
    availableLocales: ['ar', 'en'],
    fallbackLocale: 'ar'
  },
  // right-to-left layout, the association's name and styles
  customScripts: ['../masar/masar']
};
