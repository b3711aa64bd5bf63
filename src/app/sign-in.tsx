import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useDataContext } from '../data/data-context';

const emailSchema = z.email();

/** Supabase Auth by magic link, shown instead of the persona switcher when Supabase is set up. */
export function SignIn() {
  const { t } = useTranslation();
  const { supabaseAuth, state } = useDataContext();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'sent'; text: string } | null>(null);
  if (!supabaseAuth) return null;
  if (state.status === 'ready' && state.identity !== 'anon') {
    return (
      <button type="button" className="header-button" onClick={() => void supabaseAuth.signOut()}>
        {t('auth.signOut')}
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!emailSchema.safeParse(email.trim()).success) {
      setMessage({ kind: 'error', text: t('auth.invalidEmail') });
      return;
    }
    const { error } = await supabaseAuth.signInWithMagicLink(email.trim());
    setMessage(
      error
        ? { kind: 'error', text: t('auth.failed') }
        : { kind: 'sent', text: t('auth.sent', { email }) },
    );
  };
  return (
    <form className="sign-in" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor="sign-in-email">{t('auth.email')}</label>
      <input
        id="sign-in-email"
        type="email"
        autoComplete="email"
        value={email}
        aria-invalid={message?.kind === 'error'}
        aria-describedby={message ? 'sign-in-message' : undefined}
        onChange={(e) => setEmail(e.target.value)}
      />
      <button type="submit" className="header-button">
        {t('auth.send')}
      </button>
      {message ? (
        <p id="sign-in-message" role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
