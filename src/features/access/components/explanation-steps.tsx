import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { permissionText } from '../../../lib/permissions.ts';
import type { Role } from '../../../lib/roles.ts';
import { PermissionChip } from '../../datasets/components/permission-chip.tsx';
import { ROLE_PLURALS, type Explanation } from '../../datasets/lib/access-rules.ts';

/**
 * Where one person's access to one dataset comes from, as a table: every source with what it
 * gives (admin, the default, their own grant, each group), the highest, and the role's cap
 * with whether it cut it. Drawn by the dataset page's explainer and the access report's "why".
 */
export function ExplanationSteps({
  explanation,
  person,
}: {
  explanation: Explanation;
  person: { name: string; role: Role };
}) {
  const { steps, highest, cap, capped, effective } = explanation;
  const who = capitalize(ROLE_PLURALS[person.role]);
  return (
    <Table size="small" aria-label={`Sources of ${person.name}'s access`}>
      <TableHead>
        <TableRow>
          <TableCell>Source</TableCell>
          <TableCell>Gives</TableCell>
          <TableCell>Why</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {steps.map((step) => (
          <TableRow key={`${step.kind}-${step.label}`}>
            <TableCell component="th" scope="row">
              {step.label}
            </TableCell>
            <TableCell>
              {step.applies ? <PermissionChip permission={step.level} /> : 'Does not apply'}
            </TableCell>
            <TableCell>{step.note}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell component="th" scope="row">
            Highest source
          </TableCell>
          <TableCell>
            <PermissionChip permission={highest} />
          </TableCell>
          <TableCell>The highest level any source gives.</TableCell>
        </TableRow>
        <TableRow>
          <TableCell component="th" scope="row">
            Role cap
          </TableCell>
          <TableCell>
            <PermissionChip permission={cap} />
          </TableCell>
          <TableCell>
            {capped
              ? `${who} can have at most ${permissionText(cap)}: the cap cut ${permissionText(highest)} down to ${permissionText(effective)}.`
              : `${who} can have at most ${permissionText(cap)}; the cap does not cut anything here.`}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
