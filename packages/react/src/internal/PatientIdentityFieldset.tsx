import { maskIdNumber } from '@yilian/domain';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { useRef, useState } from 'react';
import { PATIENT_MESSAGES } from '../i18n/patient.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import { DateField } from './DateField.js';
import { Field, fieldControlProps } from './Field.js';
import type { PatientIdentityField, PatientIdentityValue } from './patient-identity.js';
import {
  PATIENT_IDENTITY_LIMITS,
  checkIdNumber,
  idNumberPatch,
  needsGuardianField,
} from './patient-identity.js';
import { formatFieldError, label, labelValues } from '../i18n/domain.js';

export interface PatientIdentityFieldsetProps extends Omit<
  ComponentPropsWithoutRef<'fieldset'>,
  'id' | 'onChange' | 'children'
> {
  /** The base of the controls' ids (`${id}-${field}`), unless `controlId` names them. */
  id?: string | undefined;
  /** The id of each control, for a form whose error summary links to its fields by its own names. */
  controlId?: ((field: PatientIdentityField) => string) | undefined;
  value: PatientIdentityValue;
  /** The whole identity after a change, and the fields that change set (an ID number may fill birth date and sex). */
  onChange: (value: PatientIdentityValue, changed: Partial<PatientIdentityValue>) => void;
  /** The widget's message of a field (its domain checks and the server's), already in words. */
  errorOf?: ((field: PatientIdentityField) => string | undefined) | undefined;
  /** The widget's class block, for `Field` (`${block}__field`, `__label`, `__input` …). */
  block: string;
  legend?: ReactNode;
  legendClassName?: string | undefined;
  /** The user left the ID number field (a widget may then act on a number that has no checksum to wait for). */
  onIdNumberBlur?: (() => void) | undefined;
}

/**
 * The patient's identity as every widget asks for it: name, sex, birth date, ID document and number, phone, and a
 * guardian's name for a minor (`needsGuardianField`, the one guardian rule). The 居民身份证号 is checked as it is
 * typed, a legacy 15-digit number gets its 18-digit form offered, a valid number fills the blank birth date and sex,
 * and once entered the number is shown masked (PIPL) with an Edit button; what was typed is kept. Controlled: the
 * widget's hook holds the value. Messages are the domain's, in the provider's locale.
 * @param props - `id` or `controlId`, `value`, `onChange`, `errorOf`, the widget's class `block`, and any `<fieldset>` attribute
 * @example
 * <PatientIdentityFieldset id={id} block="yl-calendar-dialog" value={patient} errorOf={(field) => messages[field]}
 *   onChange={(next, changed) => setPatient(next)} />
 */
export function PatientIdentityFieldset({
  id,
  controlId = (field) => `${id}-${field}`,
  value,
  onChange,
  errorOf = () => undefined,
  block,
  legend,
  legendClassName,
  onIdNumberBlur,
  className,
  ...rest
}: PatientIdentityFieldsetProps) {
  const { locale, now } = useAlliance();
  const t = useMessages(PATIENT_MESSAGES);
  const idInput = useRef<HTMLInputElement>(null);
  const [touched, setTouched] = useState(false);
  const [masked, setMasked] = useState(false);

  const at = now();
  const check = checkIdNumber(value.idType, value.idNumber, at);
  const idEntered = value.idNumber.trim() !== '' && check.error === undefined;
  // note: a message from the widget (its submit or the server) unmasks the number, so it can be read and fixed
  const showMasked = masked && idEntered && errorOf('idNumber') === undefined;
  const live =
    check.error && (touched || value.idNumber.trim().length >= 15)
      ? formatFieldError(check.error.code, locale, check.error.params)
      : undefined;

  const change = (changed: Partial<PatientIdentityValue>) => onChange({ ...value, ...changed }, changed);
  const field = (
    name: PatientIdentityField,
    required: boolean,
    control: (props: ControlProps) => ReactNode,
  ) => {
    const error = errorOf(name) ?? (name === 'idNumber' ? live : undefined);
    const own = controlId(name);
    return (
      <Field
        id={own}
        block={block}
        label={t(`patient.${name}`)}
        marker={required ? 'required' : 'optional'}
        error={error}
      >
        {control({
          ...fieldControlProps(own, { error }),
          'data-field': name,
          className: `${block}__input`,
          'aria-required': required || undefined,
        })}
      </Field>
    );
  };
  const text = (name: 'name' | 'phone' | 'guardianName', required: boolean, extra: InputProps = {}) =>
    field(name, required, (props) => (
      <input
        {...props}
        {...extra}
        autoComplete="off"
        maxLength={PATIENT_IDENTITY_LIMITS[name]}
        value={value[name]}
        onChange={(event) => change({ [name]: event.target.value })}
      />
    ));

  return (
    <fieldset {...rest} className={className ?? 'yl-identity'}>
      <legend className={legendClassName ?? 'yl-identity__legend'}>{legend ?? t('patient.legend')}</legend>
      {text('name', true)}
      {field('sex', true, (props) => (
        <select
          {...props}
          value={value.sex}
          onChange={(event) => change({ sex: event.target.value as PatientIdentityValue['sex'] })}
        >
          <option value="">{t('patient.choose')}</option>
          {labelValues('sex').map((sex) => (
            <option key={sex} value={sex}>
              {label('sex', sex, locale)}
            </option>
          ))}
        </select>
      ))}
      {field('birthDate', true, (props) => (
        <DateField
          {...props}
          block={block}
          value={value.birthDate}
          onChange={(birthDate) => change({ birthDate })}
        />
      ))}
      {field('idType', true, (props) => (
        <select
          {...props}
          value={value.idType}
          onChange={(event) => {
            setMasked(false);
            change({ idType: event.target.value as PatientIdentityValue['idType'] });
          }}
        >
          {labelValues('idType').map((idType) => (
            <option key={idType} value={idType}>
              {label('idType', idType, locale)}
            </option>
          ))}
        </select>
      ))}
      {field('idNumber', true, (props) => (
        <>
          <div className="yl-identity__id">
            <input
              {...props}
              ref={idInput}
              autoComplete="off"
              spellCheck={false}
              readOnly={showMasked}
              maxLength={PATIENT_IDENTITY_LIMITS.idNumber}
              // The masked view never holds the number itself: what was typed stays in the widget's value.
              value={showMasked ? maskIdNumber(value.idNumber.trim()) : value.idNumber}
              onChange={(event) => {
                setMasked(false);
                change(idNumberPatch(value, event.target.value, now()));
              }}
              onBlur={() => {
                setTouched(true);
                setMasked(idEntered);
                onIdNumberBlur?.();
              }}
            />
            {showMasked && (
              <button
                type="button"
                className="yl-button"
                onClick={() => {
                  setMasked(false);
                  idInput.current?.focus();
                }}
              >
                {t('patient.edit')}
              </button>
            )}
          </div>
          {check.converted && (
            <button
              type="button"
              className="yl-button yl-identity__suggestion"
              onClick={() => {
                change(idNumberPatch(value, check.converted ?? '', now()));
                // The suggestion disappears once taken; the field it filled keeps the focus.
                idInput.current?.focus();
              }}
            >
              {t('patient.convert', { value: check.converted })}
            </button>
          )}
        </>
      ))}
      {text('phone', false, { type: 'tel', inputMode: 'tel' })}
      {needsGuardianField(value.birthDate, at) && text('guardianName', true)}
    </fieldset>
  );
}

type InputProps = ComponentPropsWithoutRef<'input'>;
type ControlProps = ReturnType<typeof fieldControlProps> & {
  'data-field': PatientIdentityField;
  className: string;
  'aria-required': true | undefined;
};
