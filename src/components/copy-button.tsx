import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';
import { Button } from '@mui/material';
import { useEffect, useState } from 'react';

/** How long "Copied" stays before the button offers to copy again. */
export const COPIED_RESET_MS = 2000;

export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  // "Copied" is an answer to one click, not a state: it goes after a moment, so a second copy
  // (of the same link, into another message) is announced again.
  useEffect(() => {
    if (copied !== 'yes') return;
    const timer = setTimeout(() => setCopied(null), COPIED_RESET_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const text =
    copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed: select and copy' : label;
  return (
    <Button
      size="small"
      variant="outlined"
      startIcon={copied === 'yes' ? <CheckIcon /> : <ContentCopyIcon />}
      onClick={() => {
        navigator.clipboard.writeText(value).then(
          () => setCopied('yes'),
          () => setCopied('failed'),
        );
      }}
      aria-live="polite"
      sx={{ flexShrink: 0 }}
    >
      {text}
    </Button>
  );
}
