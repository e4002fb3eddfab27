// Floor 2: the baseline's table drawn by React and MUI as the console sets them up: its theme
// (CSS variables made at build time, ThemeProvider without style sheet generation), its baseline
// style sheet, MUI's Table in a Paper. No router, data layer, shell or page code.
import { createRoot } from 'react-dom/client';
import { Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { getTheme } from '../../src/app/theme.ts';
import { useFirstPageOfUsers } from './first-page.ts';
import '../../src/app/baseline.css';
import 'virtual:theme-vars.css';

function Users() {
  const users = useFirstPageOfUsers();
  return (
    <ThemeProvider theme={getTheme()} defaultMode="system" disableStyleSheetGeneration>
      <Typography variant="h4" component="h1">
        Users
      </Typography>
      <Paper>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>E-mail</TableCell>
              <TableCell>Role</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id} data-bench-row="">
                <TableCell>{user.name}</TableCell>
                <TableCell>{user.email}</TableCell>
                <TableCell>{user.role}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </ThemeProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Users />);
