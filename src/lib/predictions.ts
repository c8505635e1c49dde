import { predictionStatuses } from '../schemas/prediction';
import { perLocale, type PerLocale } from './verdicts';

type Status = (typeof predictionStatuses)[number];

/** Labels for the ledger's status column, from each language's strings (`predictions.statuses`). */
export const predictionStatusLabel = Object.fromEntries(predictionStatuses.map((s) => [s, perLocale((t) => t.predictions.statuses[s])])) as Record<Status, PerLocale>;
