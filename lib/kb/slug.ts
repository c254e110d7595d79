import { z } from 'zod';

/** A stable identifier such as "asim-munir": lower-case words joined by hyphens. */
export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "asim-munir"');
