import { createTheme, type Theme } from '@mui/material/styles';

let made: Theme | null = null;

/**
 * The console's theme, made on first use rather than when the module loads (issue 14): making it
 * takes ~30–50 ms of a first load, which then runs in its own task (main.tsx) instead of
 * lengthening the one that evaluates the app's code.
 */
export function getTheme(): Theme {
  made ??= makeTheme();
  return made;
}

const makeTheme = () =>
  createTheme({
    cssVariables: { colorSchemeSelector: 'class' },
    colorSchemes: {
      light: {
        palette: {
          primary: { main: '#b34700' },
          secondary: { main: '#2b5fd9' },
          // Darker than MUI's defaults so text on them meets WCAG AA (4.5:1), also on a hovered
          // table row's grey (#f5f5f5): an outlined info chip (a Collaborator's role) there is
          // 5.3:1 (#0277bd was 4.4:1). Dark mode's defaults are light on dark and pass as they are.
          info: { main: '#026aa7' },
          warning: { main: '#b45309' },
        },
      },
      dark: { palette: { primary: { main: '#ff8a3d' }, secondary: { main: '#8fb0ff' } } },
    },
    shape: { borderRadius: 8 },
    components: {
      MuiButtonBase: { defaultProps: { disableRipple: false } },
      MuiButton: { defaultProps: { disableElevation: true } },
      // The baseline (CssBaseline's styles, and long text wrapping anywhere) is src/app/baseline.css.
      // A long dialog title scrolls in its own band: the content and the buttons stay on screen.
      MuiDialogTitle: {
        styleOverrides: { root: { flexShrink: 0, maxHeight: '30vh', overflowY: 'auto' } },
      },
      // Every multi-line field grows with what is typed up to a limit, then scrolls inside, so a
      // pasted list never pushes a dialog's buttons off screen (autosize sets overflow inline).
      MuiInputBase: {
        styleOverrides: {
          multiline: { '& textarea': { maxHeight: '12rem', overflowY: 'auto !important' } },
        },
      },
      // A chip never grows wider than its container; its label ends in an ellipsis.
      MuiChip: { styleOverrides: { root: { maxWidth: '100%' } } },
      // A table's headers are the console's own words: whole, however long the server's text
      // beside them (a table sized by its content would shrink them to a letter a line). The
      // list tables (DataTable) size their columns and may head them with the server's words
      // (the access report's datasets): theirs still break anywhere.
      MuiTableCell: { styleOverrides: { head: { overflowWrap: 'normal' } } },
    },
  });

// The theme has CSS variables: the types say so (MUI's documented augmentation), which gives
// ThemeProvider its CSS-variable props (disableStyleSheetGeneration, in app.tsx).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true;
  }
}
