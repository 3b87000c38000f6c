// Masar: the tasklist webapp in Arabic for the association's staff (English stays available for English browsers).
export default {
  app: {
    name: 'مسار',
    vendor: 'جمعية الحيانية للخدمات الإنسانية'
  },
  locales: {
    availableLocales: ['ar', 'en'],
    fallbackLocale: 'ar'
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  },
  // right-to-left layout, the association's name and styles (one script for every webapp)
  customScripts: ['../masar/masar']
};
