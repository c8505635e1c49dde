import type { Bilingual } from '../schemas/common';
import { predictionStatuses } from '../schemas/prediction';

type Status = (typeof predictionStatuses)[number];

/** Labels for the ledger's status column. */
export const predictionStatusLabel: Record<Status, Bilingual> = {
  missed: { en: 'Missed', 'zh-Hant': '未達成' },
  unconfirmed: { en: 'Unconfirmed', 'zh-Hant': '未能確認' },
  slipped: { en: 'Slipped', 'zh-Hant': '已延後' },
  pending: { en: 'Pending', 'zh-Hant': '尚待觀察' },
  'partly-borne-out': { en: 'Partly borne out', 'zh-Hant': '部分應驗' },
  'open-ended': { en: 'Open-ended', 'zh-Hant': '開放式' },
};
