import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every date the console shows is Beijing time, wherever the browser is. */
export const ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(ZONE).format('YYYY-MM-DD HH:mm') : '—';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(ZONE).format('YYYY-MM-DD') : '—';
}

/** Yuan from integer fen, as money is stored: 123456 → ¥1,234.56. */
export function formatYuan(fen: number): string {
  return `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
