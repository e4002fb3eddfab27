// Floor 1: the baseline's table drawn by React alone (no MUI, router, data layer or shell).
import { createRoot } from 'react-dom/client';
import { useFirstPageOfUsers } from './first-page.ts';

function Users() {
  const users = useFirstPageOfUsers();
  return (
    <>
      <h1>Users</h1>
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>E-mail</th>
            <th>Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-bench-row="">
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{user.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Users />);
