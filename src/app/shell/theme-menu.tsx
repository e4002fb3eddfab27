import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import { useColorScheme } from '@mui/material/styles';
import { useState } from 'react';
import { LazyMenu } from './lazy-menu.tsx';
import { ShellIconButton } from './shell-icon-button.tsx';

const MODES = [
  { mode: 'light', label: 'Light', icon: <LightModeIcon fontSize="small" /> },
  { mode: 'dark', label: 'Dark', icon: <DarkModeIcon fontSize="small" /> },
  { mode: 'system', label: 'System', icon: <SettingsBrightnessIcon fontSize="small" /> },
] as const;

export function ThemeMenu() {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = MODES.find((m) => m.mode === mode) ?? MODES[2];
  return (
    <>
      <ShellIconButton
        label={`Theme: ${current.label}`}
        title={`Theme: ${current.label}`}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {current.icon}
      </ShellIconButton>
      <LazyMenu
        anchor={anchor}
        onClose={() => setAnchor(null)}
        entries={MODES.map((m) => ({
          key: m.mode,
          label: m.label,
          icon: m.icon,
          selected: m.mode === mode,
          onSelect: () => setMode(m.mode),
        }))}
      />
    </>
  );
}
