/**
 * The keys of beheer's registers: every account and every steunpunt in one partition each
 * (a portal has hundreds of staff, not millions), and the beheer log per month.
 */
import { steunpuntPartition } from '../core/keys.ts';

export const accountsPartition = 'ACCOUNTS';
export const accountSortPrefix = 'USER#';
export const accountKey = (userId: string) => ({
  pk: accountsPartition,
  sk: `${accountSortPrefix}${userId}`,
});
/** Claims an e-mail address for one account. */
export const accountEmailKey = (email: string) => ({ pk: accountsPartition, sk: `EMAIL#${email}` });

export const steunpuntenPartition = 'STEUNPUNTEN';
export const steunpuntRegisterKey = (id: string) => ({
  pk: steunpuntenPartition,
  sk: steunpuntPartition(id),
});

/** The beheer log of one month (Amsterdam, yyyy-mm). */
export const adminLogPartition = (month: string) => `ADMIN#LOG#${month}`;
