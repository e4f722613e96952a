import type { ComponentProps } from 'react';

export type ButtonVariant = 'primary' | 'quiet' | 'link';

const CLASS: Record<ButtonVariant, string> = {
  primary: 'button',
  quiet: 'button button--quiet',
  link: 'link-button',
};

type ButtonProps = ComponentProps<'button'> & {
  /** "primary" (the page's main action), "quiet" (the others) or "link" (reads as a link). */
  variant?: ButtonVariant;
};

/** A button of one of the app's three looks; `type="button"` unless it submits. */
export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={className ? `${CLASS[variant]} ${className}` : CLASS[variant]}
      {...props}
    />
  );
}
