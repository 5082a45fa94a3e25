import type { Policy } from '../../consent';
import { describePolicy } from './describe-policy';

/** What the administrator decided, and why it cannot be changed here. */
export function OrganisationNotice({ policy }: { policy: Policy }) {
  const rules = describePolicy(policy);
  if (rules.length === 0) return null;

  return (
    <section class="organisation" aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">Organisation</h2>
      <p>
        Your organisation’s administrator set these rules through the browser’s
        policy. Only they can change them, so the controls the rules decide are
        turned off on this page.
      </p>
      <ul>
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </section>
  );
}
