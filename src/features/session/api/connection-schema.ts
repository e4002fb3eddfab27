import { z } from '../../../lib/zod.ts';

export const connectionSchema = z.object({
  apiUrl: z
    .string()
    .trim()
    .refine(
      (value) => value === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value),
      'Enter a URL that starts with http:// or https://, or leave it empty to use this site’s proxy',
    ),
  apiKey: z.string().trim().min(1, 'Enter an API key'),
});

export type ConnectionForm = z.infer<typeof connectionSchema>;
