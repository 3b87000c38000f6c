// Masar: the cockpit webapp in Arabic (shared settings in app/masar/config.js), plus Cockpit's own script that puts
// Arabic on the few texts Cockpit's templates hard-code and labels instead of codes in variable tables.
import masar from '../../masar/config.js';

export default {
  ...masar,
  customScripts: [...masar.customScripts, 'scripts/masar-cockpit', 'scripts/masar-family', 'scripts/masar-supervisors']
};
