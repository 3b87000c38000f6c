// Masar: right-to-left layout for Arabic staff, and the association's styles, in every Camunda webapp.
// Arabic is the only language offered (config.js), whatever the browser prefers: the page reads right to left.
document.documentElement.setAttribute('dir', 'rtl');
document.documentElement.setAttribute('lang', 'ar');
const styles = document.createElement('link');
styles.rel = 'stylesheet';
styles.href = new URL('./masar.css', import.meta.url).href;
document.head.appendChild(styles);

// Cockpit's dashboard: the supervisors' way to the governance reports (compliance pack, satisfaction, minutes)
export default [{
  id: 'masar-governance-reports',
  pluginPoint: 'cockpit.dashboard',
  priority: 5,
  render: node => {
    const section = document.createElement('section');
    section.className = 'masar-reports';
    const title = document.createElement('h3');
    title.textContent = 'تقارير الحوكمة (مسار)';
    const link = document.createElement('a');
    link.href = '/staff/reports.html';
    link.textContent = 'تقرير الالتزام بالسياسة، رضا المستفيدين، أسباب الإحالة، محاضر لجنة البحث';
    section.append(title, link);
    node.appendChild(section);
  }
}];
