import { describeTwoIssuers } from './messages';

/** Who an account belongs to, as read from the label and `issuer`. */
export interface AccountNames {
  issuer: string;
  accountName: string;
  /** The label's issuer prefix, kept only when it differs from `issuer`. */
  labelIssuer?: string;
  warnings: string[];
}

function splitLabel(label: string, issuer: string) {
  // An issuer parameter that itself holds a colon still marks the prefix.
  const start = label.slice(0, issuer.length + 1);

  if (issuer !== '' && start.toLowerCase() === `${issuer}:`.toLowerCase()) {
    return {
      prefix: label.slice(0, issuer.length),
      account: label.slice(issuer.length + 1),
    };
  }

  // Otherwise the first colon splits: the issuer cannot hold one, while an
  // account name sometimes does ("Acme:eu:alice" is alice at Acme).
  const colon = label.indexOf(':');

  if (colon === -1) {
    const isIssuerOnly = label.toLowerCase() === issuer.toLowerCase();

    return { prefix: '', account: isIssuerOnly ? '' : label };
  }

  return { prefix: label.slice(0, colon), account: label.slice(colon + 1) };
}

/**
 * Reads a decoded label ("Issuer:account") next to the `issuer` parameter.
 * The parameter wins for `issuer`, as the Key URI Format recommends; a
 * label prefix that disagrees (often a tenant name) is kept as
 * `labelIssuer` with a warning, so the user can choose the name.
 */
export function readAccountNames(
  label: string,
  issuerParameter = '',
): AccountNames {
  const parameter = issuerParameter.trim();
  const { prefix, account } = splitLabel(label.trim(), parameter);
  const labelIssuer = prefix.trim();
  const accountName = account.trim();

  if (parameter === '' || labelIssuer === '') {
    const issuer = parameter || labelIssuer;

    return { issuer, accountName, warnings: [] };
  }

  if (labelIssuer.toLowerCase() === parameter.toLowerCase()) {
    return { issuer: parameter, accountName, warnings: [] };
  }

  return {
    issuer: parameter,
    accountName,
    labelIssuer,
    warnings: [describeTwoIssuers(parameter, labelIssuer)],
  };
}
