import { z } from 'astro/zod';
import { bilingualSchema, idSchema, partialDateSchema } from './common';

/** Where a forecast stands as of the date the evidence reaches. */
export const predictionStatuses = ['missed', 'unconfirmed', 'slipped', 'pending', 'partly-borne-out', 'open-ended'] as const;

/** One forecast in the prediction ledger (content/data/predictions.yaml). */
export const predictionSchema = z.object({
  /** Stable id; also the row's anchor on the ledger page. */
  id: idSchema,
  /** The row number in the research dossier's ledger (P1…). */
  ledgerItem: z.string().regex(/^P\d+$/).optional(),
  /** Speaker id of who made the forecast, or `tesla` for company guidance. */
  claimant: idSchema,
  /** Display label when the claimant is not a speaker (e.g. company guidance). */
  claimantLabel: bilingualSchema.optional(),
  /** The forecast, in our words. */
  claim: bilingualSchema,
  /** When it was made, as precisely as known (one or more dates). */
  made: z.union([partialDateSchema, z.array(partialDateSchema).min(1)]),
  /** When it falls due, or `none` for an open-ended hypothetical. */
  due: z.union([partialDateSchema, z.literal('none')]),
  /** Status as of `asOf`. */
  status: z.enum(predictionStatuses),
  /** What the evidence shows, with dates and figures. */
  statusNote: bilingualSchema,
  /** How far the evidence reaches. */
  asOf: partialDateSchema,
  /** Transcript segments the forecast relates to. */
  segments: z.array(idSchema).default([]),
  /** Source ids. */
  sources: z.array(idSchema).min(1, 'a ledger row must cite at least one source'),
});
export type Prediction = z.infer<typeof predictionSchema>;
