import type { InputHTMLAttributes, Ref } from 'react';
import { FieldFrame, ariaState, type FieldFrameProps } from './form-field';

type TextFieldProps = FieldFrameProps & {
  /** The frame's classes (grid columns); a plain form group by default. */
  className?: string;
  /** What the input itself takes (type, value and change handler, or react-hook-form's register). */
  input: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
};

/** A labelled input with its hint and error (FieldFrame), marked invalid when the error shows. */
export function TextField({ className = 'form-group', input, ...frame }: TextFieldProps) {
  const classes = ['form-control', frame.error ? 'is-invalid' : null, input.className];
  return (
    <FieldFrame {...frame} className={className}>
      <input
        id={frame.id}
        {...ariaState(frame)}
        {...input}
        className={classes.filter(Boolean).join(' ')}
      />
    </FieldFrame>
  );
}
