// Masar in Cockpit: the family file (ملف الأسرة) of a process instance's request, as a tab of the instance view, so
// supervisors read the request in plain Arabic instead of raw variables.
import { renderFamilyFile, referenceOfInstance } from '../../masar/family-file.js';

export default {
  id: 'masar-family-file',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 50,
  properties: { label: 'ملف الأسرة' },
  render: async (node, { api, processInstanceId }) => {
    node.textContent = 'جارٍ تحميل ملف الأسرة…';
    try {
      await renderFamilyFile(node, await referenceOfInstance(api.engineApi, processInstanceId));
    } catch (failure) {
      node.textContent = 'تعذّر تحميل ملف الأسرة';
    }
  }
};
