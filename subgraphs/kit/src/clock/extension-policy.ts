import { BadUserInputError } from '../errors/errors';
import type { ClockRule, ExtensionPolicy } from './clock-rule';
import { assertUnit } from './clock-rule';
import type { ClockExtension } from './clock-state';

/**
 * Refuses an extension the rule's policy does not allow: one too many, longer in total than
 * allowed, in another unit than the policy counts, or without an approver and a reason
 * (信访工作条例 art. 34: 经本机关、单位负责人批准 … 并告知信访人延期理由).
 */
export function validateExtension(
  rule: ClockRule,
  policy: ExtensionPolicy,
  existing: readonly ClockExtension[],
  requested: ClockExtension,
): void {
  assertUnit(requested.unit, 'The unit of an extension');
  const unit = policy.unit ?? rule.unit;
  if (policy.maxExtensions === 0) {
    throw new BadUserInputError(`This deadline (${rule.amount} ${rule.unit}) cannot be extended`, { policy });
  }
  if (!Number.isInteger(requested.amount) || requested.amount <= 0) {
    throw new BadUserInputError(`An extension must be a whole number of units, 1 or more (got ${requested.amount})`);
  }
  if (requested.unit !== unit) {
    throw new BadUserInputError(`An extension of this deadline is counted in ${unit}, not ${requested.unit}`, { unit });
  }
  if (existing.length + 1 > policy.maxExtensions) {
    throw new BadUserInputError(
      `This deadline may be extended at most ${policy.maxExtensions} time(s); it has been extended ${existing.length} time(s)`,
      { maxExtensions: policy.maxExtensions, extensions: existing.length },
    );
  }
  const used = existing.reduce((sum, extension) => sum + extension.amount, 0);
  if (used + requested.amount > policy.maxAmount) {
    throw new BadUserInputError(
      `Extensions of this deadline may add at most ${policy.maxAmount} ${unit} in all; ` +
        `${used} already granted, ${requested.amount} requested`,
      { maxAmount: policy.maxAmount, used, requested: requested.amount },
    );
  }
  if (!requested.approvedBy.trim() || !requested.reason.trim()) {
    throw new BadUserInputError('An extension needs who approved it and the reason the petitioner is told');
  }
}
