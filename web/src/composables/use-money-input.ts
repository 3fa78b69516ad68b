// Why a typed amount was not taken, in the reader's language (the parser is @launchpad/shared's parseMoneyInput).
import { useI18n } from 'vue-i18n';
import { parseMoneyInput, type MoneyInputRefusal } from '@launchpad/shared';

/** The sentence for a refusal; an empty field says nothing here (the form says whether it is required). */
export function useMoneyRefusal() {
  const { t } = useI18n();
  return (reason: MoneyInputRefusal): string | null => (reason === 'EMPTY' ? null : t(`moneyInput.${reason}`));
}

/** A check for a required money field of a FormDialog: null when the text is a positive amount. */
export function useMoneyCheck() {
  const { t } = useI18n();
  const refusal = useMoneyRefusal();
  return (text: string): string | null => {
    const parsed = parseMoneyInput(text);
    if (!parsed.ok) return refusal(parsed.reason) ?? t('validation.required');
    return parsed.amount > 0n ? null : t('moneyInput.POSITIVE');
  };
}
