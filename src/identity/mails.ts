import type { OutboxMessageInput } from '../notifications/outbox.js';

/** The identity emails. Plain text; every link carries a single-use token. */
interface To {
  id: string;
  email: string;
  name: string;
}

const link = (base: string, path: string, token: string) =>
  `${base.replace(/\/$/, '')}/${path}?token=${encodeURIComponent(token)}`;
const sign = '\n\n-- \nOutpost support portal';
const msg = (to: To, kind: string, subject: string, body: string, toEmail = to.email): OutboxMessageInput => ({
  recipientUserId: to.id,
  toEmail,
  kind: `identity.${kind}`,
  subject,
  body: `Hello ${to.name},\n\n${body}${sign}`,
});

export const mails = {
  verifyEmail: (to: To, base: string, token: string) =>
    msg(
      to,
      'verify-email',
      'Confirm your email address',
      `please confirm your email address to activate your account:\n\n${link(base, 'verify-email', token)}\n\nThe link works once and expires in 24 hours. If you did not register, ignore this message.`,
    ),
  accountExists: (to: To, base: string) =>
    msg(
      to,
      'account-exists',
      'You already have an account',
      `someone (perhaps you) tried to register with this email address, but it already has an account.\nSign in, or reset your password at ${base.replace(/\/$/, '')}/forgot-password.\nIf this was not you, you can ignore this message.`,
    ),
  passwordReset: (to: To, base: string, token: string) =>
    msg(
      to,
      'password-reset',
      'Reset your password',
      `use this link to choose a new password:\n\n${link(base, 'reset-password', token)}\n\nThe link works once and expires in 1 hour. If you did not ask for it, ignore this message; your password is unchanged.`,
    ),
  passwordChanged: (to: To) =>
    msg(
      to,
      'password-changed',
      'Your password was changed',
      'the password of your account was just changed and every session was signed out.\nIf this was not you, reset your password at once and contact your administrator.',
    ),
  emailChange: (to: To, base: string, token: string, newEmail: string) =>
    msg(
      to,
      'email-change',
      'Confirm your new email address',
      `please confirm that ${newEmail} is your new sign-in address:\n\n${link(base, 'verify-email', token)}\n\nThe link works once and expires in 24 hours.`,
      newEmail,
    ),
  emailChangeRequested: (to: To, newEmail: string) =>
    msg(
      to,
      'email-change-requested',
      'A change of your email address was requested',
      `someone signed in to your account asked to change its email address to ${newEmail}.\nNothing changes until the new address is confirmed. If this was not you, change your password now.`,
    ),
  emailChanged: (to: To, oldEmail: string, newEmail: string) =>
    msg(
      to,
      'email-changed',
      'Your email address was changed',
      `the sign-in address of your account was changed from ${oldEmail} to ${newEmail}, and every session was signed out.\nIf this was not you, contact your administrator at once.`,
      oldEmail,
    ),
  twoFactorEnabled: (to: To) =>
    msg(
      to,
      '2fa-enabled',
      'Two-factor authentication is on',
      'two-factor authentication was turned on for your account. Keep your recovery codes somewhere safe.',
    ),
  twoFactorDisabled: (to: To) =>
    msg(
      to,
      '2fa-disabled',
      'Two-factor authentication is off',
      'two-factor authentication was turned off for your account. If this was not you, change your password now.',
    ),
  invitation: (to: To, base: string, token: string) =>
    msg(
      to,
      'invitation',
      'You are invited to the Outpost support portal',
      `an account was created for you. Choose your password here:\n\n${link(base, 'accept-invitation', token)}\n\nThe link works once and expires in 72 hours.`,
    ),
};
