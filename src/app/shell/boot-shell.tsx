/**
 * The shell's outline while the first page's code loads: the same markup as index.html's #root
 * (styles in src/app/baseline.css), so the screen painted from the HTML stays as it is until
 * the real shell and page replace it.
 */
export function BootShell() {
  return (
    <div role="progressbar" aria-label="Loading">
      <div className="boot-shell-nav" />
      <div className="boot-shell-bar">FiftyOne Admin</div>
    </div>
  );
}
