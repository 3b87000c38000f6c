// Masar: the welcome webapp in Arabic for the association's staff (English stays available for English browsers).
export default {
  app: {
    name: 'مسار',
    vendor: 'جمعية الحيانية للخدمات الإنسانية'
  },
  locales: {
    availableLocales: ['ar', 'en'],
    fallbackLocale: 'ar'
  },
  // right-to-left layout, the association's name and styles (one script for every webapp)
  customScripts: ['../masar/masar']
};
