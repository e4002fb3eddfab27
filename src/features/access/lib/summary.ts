import { ROLE_PLURALS, type Explanation } from '../../datasets/lib/access-rules.ts';
import { PERMISSION_LABELS } from '../../../lib/permissions.ts';
import type { Role } from '../../../lib/roles.ts';

/** The sources that count, in one line: "Own grant: Can edit; Group Research: Can manage". */
export function summarize(explanation: Explanation, role: Role): string {
  const sources = explanation.steps
    .filter((step) => step.applies && step.level !== 'NO_ACCESS')
    .map((step) => `${step.label}: ${PERMISSION_LABELS[step.level]}`);
  const text = sources.length > 0 ? sources.join('; ') : 'No source gives access';
  return explanation.capped
    ? `${text}; cut to ${PERMISSION_LABELS[explanation.cap]} (${ROLE_PLURALS[role]} can have at most that)`
    : text;
}
