import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';
import { Button } from '@mui/material';
import { useState } from 'react';

export function CopyButton({ value, label = 'Copy' }: { value: string; label?: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
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
    >
      {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed: select and copy' : label}
    </Button>
  );
}
