// Masar: Tasklist in Arabic (shared settings in app/masar/config.js) with Tasklist's own keyboard shortcuts, and
// Masar's script for the Camunda Forms as staff type them (scripts/masar-forms.js).
import masar from '../../masar/config.js';

export default {
  ...masar,
  customScripts: [...masar.customScripts, 'scripts/masar-forms', 'scripts/masar-family'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'استلام المهمة المحددة' },
    focusFilter: { key: 'ctrl+shift+f', description: 'الانتقال إلى أول مرشّح في القائمة' },
    focusList: { key: 'ctrl+alt+l', description: 'الانتقال إلى أول مهمة في القائمة' },
    focusForm: { key: 'ctrl+alt+f', description: 'الانتقال إلى أول حقل في نموذج المهمة' },
    startProcess: { key: 'ctrl+alt+p', description: 'فتح نافذة بدء إجراء جديد' }
  }
};
