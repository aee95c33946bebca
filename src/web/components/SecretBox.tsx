import { CopyBox, type CopyBoxProps } from './CopyBox.js';

/**
 * A secret shown exactly once (one-time password, invitation link, API token), clearly marked,
 * with a copy button whose result is announced.
 */
export function SecretBox(props: CopyBoxProps) {
  return <CopyBox {...props} secret />;
}
