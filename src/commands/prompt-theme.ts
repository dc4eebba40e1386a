/** The prompts' key help in the output language (the prompt library only speaks English). */
import type { Messages } from '../i18n/index.js';

export function helpTheme(m: Messages) {
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${key} ${m.recordPrompt.keys[action] ?? action}`).join(' • '),
    },
  };
}
