import { PetitionCategory, PetitionChannel, PetitionStatus } from '../petition/petition-kind';

/** What a ledger column holds, whatever the staff called it. */
export type LedgerField = 'receivedAt' | 'channel' | 'category' | 'name' | 'idNumber' | 'phone' | 'address' | 'headCount' | 'summary' | 'request';

/** The header each field is written under in an export, and the names an import also accepts. */
export const LEDGER_COLUMNS: { readonly [field in LedgerField]: { header: string; aliases: readonly string[]; required: boolean } } = {
  receivedAt: { header: '登记日期', aliases: ['日期', '来信来访日期', '来访日期', '来信日期', '收到日期', '接收日期', '信访日期', '登记时间'], required: true },
  channel: { header: '来源渠道', aliases: ['渠道', '信访渠道', '信访方式', '来源', '信访形式'], required: true },
  category: { header: '信访类别', aliases: ['类别', '信访类型', '类型', '问题类别', '性质'], required: true },
  name: { header: '信访人', aliases: ['姓名', '信访人姓名', '来信来访人', '当事人'], required: true },
  idNumber: { header: '身份证号', aliases: ['身份证号码', '公民身份号码', '身份证', '证件号码'], required: false },
  phone: { header: '联系电话', aliases: ['电话', '手机', '手机号', '手机号码', '联系方式'], required: false },
  address: { header: '住址', aliases: ['地址', '家庭住址', '联系地址', '户籍地址'], required: false },
  headCount: { header: '人数', aliases: ['来访人数', '信访人数'], required: false },
  summary: { header: '反映问题', aliases: ['主要问题', '信访事项', '反映内容', '问题摘要', '事项', '内容摘要', '主要内容'], required: true },
  request: { header: '诉求', aliases: ['信访诉求', '诉求内容', '主要诉求', '请求事项'], required: true },
};

/** A header as typed, compared without spaces, required-field stars or a bracketed hint: `*身份证号（18位）` is `身份证号`. */
export function normalizeHeader(header: string): string {
  return toHalfWidth(header).replace(/[(（[【].*?[)）\]】]/g, '').replace(/[\s*:：]/g, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, LedgerField> = new Map(
  (Object.entries(LEDGER_COLUMNS) as [LedgerField, (typeof LEDGER_COLUMNS)[LedgerField]][])
    .flatMap(([field, { header, aliases }]) => [header, ...aliases].map((name) => [normalizeHeader(name), field] as const)),
);

export function fieldOfHeader(header: string): LedgerField | undefined {
  return FIELD_BY_HEADER.get(normalizeHeader(header));
}

/** Full-width letters, digits and punctuation (１２３０９, ＡＢＣ) as their ASCII forms, and the ideographic space as a space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A channel or category name as compared: half-width, no spaces or brackets, upper-case Latin. */
export function normalizeName(name: string): string {
  return toHalfWidth(name).replace(/[\s()（）《》"“”'‘’、·.,，。]/g, '').toUpperCase();
}

/** How each channel is written in a ledger: the name an export uses first, then what staff also write. */
export const CHANNEL_NAMES: { readonly [channel in PetitionChannel]: readonly string[] } = {
  [PetitionChannel.LETTER]: ['来信', '信件', '写信', '邮寄', '信函', '来函'],
  [PetitionChannel.IN_PERSON]: ['来访', '走访', '上访', '当面', '现场来访', '接访', '来院'],
  [PetitionChannel.HOTLINE_12309]: ['12309热线', '12309', '12309电话', '12309检察服务热线', '12309服务热线', '热线', '检察服务热线'],
  [PetitionChannel.ONLINE]: ['网上信访', '网信', '网上', '网络', '网上来信', '12309网站', '12309网上', '12309中国检察网', '网站', '在线', '网上来访'],
  [PetitionChannel.PHONE]: ['电话', '来电', '电话来访', '电话信访'],
  [PetitionChannel.FAX]: ['传真', '来传真'],
  [PetitionChannel.REMOTE_VIDEO]: ['远程视频接访', '视频接访', '远程视频', '视频', '视频信访'],
  [PetitionChannel.TRANSFER]: ['转来', '转办', '交办', '转交', '上级转交', '上级交办', '转送'],
  [PetitionChannel.JOINT_VISIT]: ['联合接访', '联合接待'],
};

/** How each category is written in a ledger. 求决 and 司法救助 are told apart: the latter asks for money and help in hardship. */
export const CATEGORY_NAMES: { readonly [category in PetitionCategory]: readonly string[] } = {
  [PetitionCategory.ACCUSATION]: ['控告', '控告类'],
  [PetitionCategory.APPEAL]: ['申诉', '申诉类', '刑事申诉', '民事申诉', '行政申诉'],
  [PetitionCategory.REPORT]: ['举报', '举报类', '检举'],
  [PetitionCategory.REQUEST]: ['求决', '求决类', '要求解决'],
  [PetitionCategory.JUDICIAL_ASSISTANCE]: ['司法救助', '司法救助申请', '申请司法救助', '国家司法救助', '救助'],
  [PetitionCategory.CONSULTATION]: ['咨询', '咨询类', '法律咨询'],
  [PetitionCategory.SUGGESTION]: ['意见建议', '意见和建议', '建议', '意见', '意见建议类'],
  [PetitionCategory.OTHER]: ['其他', '其它', '其他类'],
};

/** The status names an export writes. */
export const STATUS_NAMES: { readonly [status in PetitionStatus]: string } = {
  [PetitionStatus.REGISTERED]: '已登记',
  [PetitionStatus.ACCEPTED]: '已受理',
  [PetitionStatus.DECLINED]: '不予受理',
  [PetitionStatus.TRANSFERRED]: '已转办',
  [PetitionStatus.ASSIGNED]: '办理中',
  [PetitionStatus.RESULT_RECORDED]: '已答复',
  [PetitionStatus.CLOSED]: '已办结',
  [PetitionStatus.UNDER_REVIEW]: '复查中',
  [PetitionStatus.REVIEWED]: '已复查',
  [PetitionStatus.UNDER_RE_REVIEW]: '复核中',
  [PetitionStatus.FINAL]: '复核终结',
  [PetitionStatus.DISPUTED]: '管辖异议中',
  [PetitionStatus.IN_ARBITRATION]: '管辖争议待决定',
};

function lookup<T extends string>(names: { readonly [key in T]: readonly string[] }): ReadonlyMap<string, T> {
  const entries = (Object.entries(names) as [T, readonly string[]][]).flatMap(([value, written]) => [value, ...written].map((name) => [normalizeName(name), value] as const));
  return new Map(entries);
}

const CHANNEL_BY_NAME = lookup(CHANNEL_NAMES);
const CATEGORY_BY_NAME = lookup(CATEGORY_NAMES);

/** The channel a ledger names, also by its API name (`HOTLINE_12309`); undefined if unknown. */
export function channelOfName(name: string): PetitionChannel | undefined {
  return CHANNEL_BY_NAME.get(normalizeName(name));
}

export function categoryOfName(name: string): PetitionCategory | undefined {
  return CATEGORY_BY_NAME.get(normalizeName(name));
}

export const channelName = (channel: PetitionChannel): string => CHANNEL_NAMES[channel][0]!;
export const categoryName = (category: PetitionCategory): string => CATEGORY_NAMES[category][0]!;
