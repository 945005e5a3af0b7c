import { BadUserInputError } from '../errors/errors';
import type { ClockRule, ExtensionPolicy } from './clock-rule';
import { NO_EXTENSION, assertAmount } from './clock-rule';

/** A rule the platform times by name; `code` is what a stored clock keeps. */
export interface NamedClockRule extends ClockRule {
  code: ClockRuleCode;
  title: string;
  extensionPolicy: ExtensionPolicy;
  /**
   * Present on a rule whose amount a deployment sets (the platform's own choices, never a legal
   * deadline): the title for the amount a clock was started with.
   */
  settable?: { titleFor(amount: number): string };
}

export type ClockRuleCode =
  | 'PROCEDURAL_REPLY'
  | 'PROCEDURAL_REPLY_WORKING_DAYS'
  | 'HANDLING_RESULT'
  | 'REGISTRATION_NOTICE'
  | 'MISROUTED_OBJECTION'
  | 'HANDLING'
  | 'REVIEW_REQUEST'
  | 'REVIEW_ANSWER'
  | 'RE_REVIEW_REQUEST'
  | 'RE_REVIEW_ANSWER'
  | 'REFERRAL_HANDOVER'
  | 'ASSISTANCE_DECISION'
  | 'RETURN_VISIT'
  | AssignmentTermCode;

/**
 * The terms a political-legal commission gives an agency for an assignment (交办) at a joint
 * visit, in working days: the commission picks one per assignee. The platform's choice, not
 * a legal deadline; extendable (approved by the commission) twice, by 30 working days in all.
 */
export const ASSIGNMENT_TERMS_WORKING_DAYS = [5, 10, 15, 30] as const;
export type AssignmentTerm = (typeof ASSIGNMENT_TERMS_WORKING_DAYS)[number];
export type AssignmentTermCode = `ASSIGNMENT_${AssignmentTerm}_WORKING_DAYS`;

/** The clock rule of an assignment term, e.g. ASSIGNMENT_15_WORKING_DAYS. */
export function assignmentTermRule(workingDays: AssignmentTerm): AssignmentTermCode {
  return `ASSIGNMENT_${workingDays}_WORKING_DAYS`;
}

const assignmentTerm = (amount: AssignmentTerm): NamedClockRule => ({
  code: assignmentTermRule(amount),
  title: `交办事项${amount}个工作日内办结`,
  unit: 'WORKING_DAYS',
  amount,
  extensionPolicy: { maxExtensions: 2, maxAmount: 30, unit: 'WORKING_DAYS' },
});

const days = (amount: number) => ({ unit: 'CALENDAR_DAYS', amount, extensionPolicy: NO_EXTENSION }) as const;
const workingDays = (amount: number) => ({ unit: 'WORKING_DAYS', amount, extensionPolicy: NO_EXTENSION }) as const;

/** Every named deadline of the platform; 信访工作条例 (2022) is "the Regulations" below. */
export const CLOCK_RULES: { readonly [code in ClockRuleCode]: NamedClockRule } = {
  /** Supreme People's Procuratorate, 群众信访件件有回复 (2019): a procedural reply within 7 days. */
  PROCEDURAL_REPLY: { code: 'PROCEDURAL_REPLY', title: '7日内程序性回复', ...days(7) },
  /** The same reply where a province counts the 7 days as working days (a setting, not the default). */
  PROCEDURAL_REPLY_WORKING_DAYS: { code: 'PROCEDURAL_REPLY_WORKING_DAYS', title: '7个工作日内程序性回复', ...workingDays(7) },
  /** 群众信访件件有回复 (2019): the handling progress or result within 3 months. */
  HANDLING_RESULT: { code: 'HANDLING_RESULT', title: '3个月内办理过程或结果答复', unit: 'MONTHS', amount: 3, extensionPolicy: NO_EXTENSION },
  /** The Regulations art. 22 and 23: register, route and tell the petitioner in writing within 15 days. */
  REGISTRATION_NOTICE: { code: 'REGISTRATION_NOTICE', title: '15日内登记、处理并书面告知', ...days(15) },
  /** The Regulations art. 23: an agency objects to a misrouted petition within 5 working days. */
  MISROUTED_OBJECTION: { code: 'MISROUTED_OBJECTION', title: '5个工作日内提出异议', ...workingDays(5) },
  /** The Regulations art. 34: handled within 60 days of acceptance, extendable once by at most 30 days. */
  HANDLING: {
    code: 'HANDLING',
    title: '60日内办结',
    ...days(60),
    extensionPolicy: { maxExtensions: 1, maxAmount: 30, unit: 'CALENDAR_DAYS' },
  },
  /** The Regulations art. 35: a review (复查) may be requested within 30 days of the written answer. */
  REVIEW_REQUEST: { code: 'REVIEW_REQUEST', title: '30日内请求复查', ...days(30) },
  /** The Regulations art. 35: the review opinion within 30 days of the request. */
  REVIEW_ANSWER: { code: 'REVIEW_ANSWER', title: '30日内提出复查意见', ...days(30) },
  /** The Regulations art. 36: a re-review (复核) may be requested within 30 days of the review opinion. */
  RE_REVIEW_REQUEST: { code: 'RE_REVIEW_REQUEST', title: '30日内请求复核', ...days(30) },
  /** The Regulations art. 36: the re-review opinion within 30 days of the request. */
  RE_REVIEW_ANSWER: { code: 'RE_REVIEW_ANSWER', title: '30日内提出复核意见', ...days(30) },
  /** Platform rule (DESIGN "Referrals"): hand-overs with partner agencies within 5 working days. */
  REFERRAL_HANDOVER: { code: 'REFERRAL_HANDOVER', title: '5个工作日内转介交接', ...workingDays(5) },
  /**
   * 《人民检察院开展国家司法救助工作细则》(SPP, 2021), on the 2016 细则（试行）: an application is
   * examined and decided (approved with an amount, or refused) within 10 working days of its
   * acceptance. Timed from the application (the case's opening) to the decision.
   */
  ASSISTANCE_DECISION: { code: 'ASSISTANCE_DECISION', title: '10个工作日内作出救助决定', ...workingDays(10) },
  /**
   * The platform's choice, not a legal deadline: a return visit (回访) within 30 days of closing
   * by default; a deployment sets its own number of days.
   */
  RETURN_VISIT: {
    code: 'RETURN_VISIT',
    title: '结案后30日内回访',
    ...days(30),
    settable: { titleFor: (amount) => `结案后${amount}日内回访` },
  },
  ASSIGNMENT_5_WORKING_DAYS: assignmentTerm(5),
  ASSIGNMENT_10_WORKING_DAYS: assignmentTerm(10),
  ASSIGNMENT_15_WORKING_DAYS: assignmentTerm(15),
  ASSIGNMENT_30_WORKING_DAYS: assignmentTerm(30),
};

/**
 * The rule a clock runs on: the named rule, or its deployment-set amount where the rule allows
 * one. A clock keeps the amount it started with, so changing the setting moves no open clock.
 */
export function ruleWithAmount(code: ClockRuleCode, amount: number | null): NamedClockRule {
  const rule = CLOCK_RULES[code];
  if (amount === null || amount === rule.amount) return rule;
  if (!rule.settable) throw new BadUserInputError(`The ${code} deadline is fixed at ${rule.amount}`, { code });
  assertAmount(amount, `${code} amount`);
  return { ...rule, amount, title: rule.settable.titleFor(amount) };
}

/** Looks a named rule up by the code a stored clock or a client sent. */
export function clockRuleByCode(code: string): NamedClockRule {
  if (!Object.hasOwn(CLOCK_RULES, code)) throw new BadUserInputError(`Unknown deadline rule ${code}`, { code });
  return CLOCK_RULES[code as ClockRuleCode];
}
