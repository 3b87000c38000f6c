// Masar in Tasklist: the family file (ملف الأسرة) as a tab of every task, and the family search as a page of its own
// (#/family-search) with a link in Tasklist's header. Tasklist 7.24 takes these as plugins of its newer kind
// ({ id, pluginPoint, render }); the file itself comes from /api/family-files, which decides what each role sees.
import { renderFamilyFile, renderFamilySearch, referenceOfTask } from '../../masar/family-file.js';

export default [
  {
    id: 'masar-family-file',
    pluginPoint: 'tasklist.task.detail',
    priority: 50,
    properties: { label: 'ملف الأسرة' },
    render: async (node, { api, taskId }) => {
      node.textContent = 'جارٍ تحميل ملف الأسرة…';
      try {
        await renderFamilyFile(node, await referenceOfTask(api.engineApi, taskId));
      } catch (failure) {
        node.textContent = 'تعذّر تحميل ملف الأسرة';
      }
    }
  },
  {
    id: 'masar-family-search',
    pluginPoint: 'tasklist.route',
    properties: { path: '/family-search' },
    render: node => renderFamilySearch(node)
  },
  {
    id: 'masar-family-search-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 100,
    render: node => {
      const link = document.createElement('a');
      link.href = '#/family-search';
      link.className = 'masar-family-search-link';
      link.textContent = 'البحث عن أسرة';
      node.replaceChildren(link);
    }
  }
];
