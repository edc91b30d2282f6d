import { label, labelValues, shanghaiDate } from '@yilian/domain';
import type { Locale } from '@yilian/react';
import { DateField, ProblemNotice, RecognitionBadge, useAlliance, useAsync } from '@yilian/react';
import { OrderCheck } from '@yilian/react/order-check';
import type { Schemas } from '@yilian/sdk';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { Persona } from '../personas.ts';
import type { PortalTranslate } from '../strings.ts';
import { institutionName } from '../strings.ts';

interface PageProps {
  t: PortalTranslate;
  locale: Locale;
  persona: Persona;
}

type IdType = Schemas['IdType'];
type Search = { idType: IdType; idNumber: string };
type Lookup =
  | { status: 'idle' }
  | { status: 'searching'; search: Search }
  | { status: 'done'; search: Search; results: Schemas['Result'][] }
  | { status: 'error'; search: Search; error: unknown };

/** The contract's example patient (a valid but fictitious 居民身份证号), to make the demo quick to try. */
const EXAMPLE_PATIENT = {
  name: '张三',
  sex: 'male' as Schemas['Sex'],
  birthDate: '1990-03-07',
  idType: 'resident_id_card' as IdType,
  idNumber: '110105199003071239',
};

function itemName(item: Schemas['CatalogueItem'] | undefined, code: string, locale: Locale): string {
  if (!item) {
    return code;
  }
  const name =
    locale === 'en'
      ? (item.name.en ?? item.name.zh)
      : locale === 'zh-TW'
        ? (item.name.zhHant ?? item.name.zh)
        : item.name.zh;
  return item.abbreviation ? `${name}（${item.abbreviation}）` : name;
}

export function RecognitionPage({ t, locale, persona }: PageProps) {
  const { client, now } = useAlliance();
  const [idType, setIdType] = useState<IdType>('resident_id_card');
  const [idNumber, setIdNumber] = useState('');
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  const catalogue = useAsync(
    async (signal) => {
      const { items } = await client.recognition.catalogue(undefined, { signal });
      // An item may be listed in several scopes: one entry per code is enough to name it.
      return [...new Map(items.map((item) => [item.code, item])).values()];
    },
    [client],
  );
  const byCode = new Map((catalogue.data ?? []).map((item) => [item.code, item]));
  const dateFormat = new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'medium' });

  const run = async (search: Search) => {
    setLookup({ status: 'searching', search });
    try {
      const results = await client.results.list(search).toArray(100);
      setLookup({ status: 'done', search, results });
    } catch (error) {
      setLookup({ status: 'error', search, error });
    }
  };

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const number = idNumber.trim();
    if (number) {
      void run({ idType, idNumber: number });
    }
  };

  const onRegistered = (result: Schemas['Result'], search: Search) => {
    setIdType(search.idType);
    setIdNumber(search.idNumber);
    void run(search);
    return itemName(byCode.get(result.itemCode), result.itemCode, locale);
  };

  return (
    <>
      <h1 className="portal-title">{t('page.recognition')}</h1>
      <p className="portal-intro">{t('recognition.intro')}</p>

      <section className="portal-panel" aria-labelledby="recognition-search-heading">
        <h2 id="recognition-search-heading">{t('recognition.search')}</h2>
        <form className="portal-form portal-form--inline" onSubmit={onSearch}>
          <div className="portal-field">
            <label htmlFor="search-id-type">{t('recognition.idType')}</label>
            <select id="search-id-type" value={idType} onChange={(e) => setIdType(e.target.value as IdType)}>
              {labelValues('idType').map((value) => (
                <option key={value} value={value}>
                  {label('idType', value, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="portal-field portal-field--grow">
            <label htmlFor="search-id-number">{t('recognition.idNumber')}</label>
            <input
              id="search-id-number"
              value={idNumber}
              onChange={(e) => setIdNumber(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              required
              maxLength={32}
            />
          </div>
          <button
            type="submit"
            className="yl-button yl-button--primary"
            disabled={lookup.status === 'searching'}
          >
            {t('recognition.submit')}
          </button>
        </form>
      </section>

      <section className="portal-panel" aria-labelledby="recognition-results-heading" aria-live="polite">
        <h2 id="recognition-results-heading">{t('recognition.results')}</h2>
        {lookup.status === 'searching' && <p role="status">{t('recognition.searching')}</p>}
        {lookup.status === 'error' && (
          <ProblemNotice error={lookup.error} onRetry={() => void run(lookup.search)} />
        )}
        {lookup.status === 'done' && lookup.results.length === 0 && <p>{t('recognition.none')}</p>}
        {lookup.status === 'done' && lookup.results.length > 0 && (
          <ul className="portal-results">
            {lookup.results.map((result) => (
              <li key={result.id} className="portal-result">
                <h3 className="portal-result__item">
                  {itemName(byCode.get(result.itemCode), result.itemCode, locale)}
                </h3>
                <p className="portal-result__value">
                  <span className="yl-visually-hidden">{t('recognition.value')}: </span>
                  {[result.value, result.unit].filter(Boolean).join(' ')}
                  {result.referenceRange ? ` (${result.referenceRange})` : ''}
                </p>
                <p className="portal-result__meta">
                  <span className="yl-visually-hidden">{t('recognition.performed')}: </span>
                  {institutionName(result.performingInstitutionId, locale)} ·{' '}
                  <time dateTime={result.performedAt}>{dateFormat.format(new Date(result.performedAt))}</time>
                </p>
                <RecognitionBadge resultId={result.id} className="portal-result__badge" />
              </li>
            ))}
          </ul>
        )}
      </section>

      <OrderPanel
        t={t}
        locale={locale}
        persona={persona}
        catalogue={catalogue.data ?? []}
        patient={lookup.status === 'idle' ? undefined : lookup.search}
      />

      <RegisterResult
        t={t}
        locale={locale}
        persona={persona}
        catalogue={catalogue.data ?? []}
        today={shanghaiDate(now())}
        onRegistered={onRegistered}
      />
    </>
  );
}

interface OrderPanelProps extends PageProps {
  catalogue: Schemas['CatalogueItem'][];
  /** The patient last searched for: the order is checked for them. */
  patient: Search | undefined;
}

/**
 * A doctor's order entry, reduced to what the order check needs: the department and the items about to be ordered.
 * The check runs for the ticked items when the doctor asks, not on every tick.
 */
function OrderPanel({ t, locale, persona, catalogue, patient }: OrderPanelProps) {
  const { client } = useAlliance();
  const id = useId();
  const departments = useAsync(
    (signal) => client.institutions.departments(persona.institutionId, { signal }),
    [client, persona.institutionId],
  );
  const [department, setDepartment] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [ordered, setOrdered] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const departmentCode = department || departments.data?.items[0]?.code || '';

  const toggle = (code: string, on: boolean) => {
    setMissing(false);
    // Kept in the catalogue's order, as an order form lists them.
    const next = new Set(selected);
    if (on) {
      next.add(code);
    } else {
      next.delete(code);
    }
    setSelected(catalogue.map((item) => item.code).filter((itemCode) => next.has(itemCode)));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selected.length === 0) {
      setMissing(true);
      return;
    }
    setOrdered(selected);
  };

  const field = (name: string) => `${id}-${name}`;
  const group = (kind: Schemas['ResultKind'], legend: string) => {
    const items = catalogue.filter((item) => item.kind === kind);
    return (
      items.length > 0 && (
        <fieldset className="portal-items">
          <legend>{legend}</legend>
          {items.map((item) => (
            <label key={item.code} className="portal-items__choice">
              <input
                type="checkbox"
                checked={selected.includes(item.code)}
                onChange={(event) => toggle(item.code, event.target.checked)}
              />
              {itemName(item, item.code, locale)}
            </label>
          ))}
        </fieldset>
      )
    );
  };

  return (
    <>
      <section className="portal-panel" aria-labelledby={field('heading')}>
        <h2 id={field('heading')}>{t('recognition.order')}</h2>
        <p className="portal-note">
          {patient ? t('recognition.orderHint') : t('recognition.orderNeedsPatient')}
        </p>
        {departments.status === 'error' && (
          <ProblemNotice error={departments.error} onRetry={departments.reload} />
        )}
        <form className="portal-form" noValidate onSubmit={onSubmit}>
          <div className="portal-field">
            <label htmlFor={field('department')}>{t('recognition.department')}</label>
            <select
              id={field('department')}
              value={departmentCode}
              onChange={(event) => setDepartment(event.target.value)}
            >
              {(departments.data?.items ?? []).map((item) => (
                <option key={item.id} value={item.code}>
                  {locale === 'en'
                    ? (item.name.en ?? item.name.zh)
                    : locale === 'zh-TW'
                      ? (item.name.zhHant ?? item.name.zh)
                      : item.name.zh}
                </option>
              ))}
            </select>
          </div>
          <div
            className="portal-field portal-field--grow"
            role="group"
            aria-labelledby={field('items')}
            aria-describedby={missing ? field('items-error') : undefined}
          >
            <span id={field('items')} className="portal-items__title">
              {t('recognition.orderItems')}
            </span>
            <div className="portal-items__groups">
              {group('lab', t('recognition.orderLab'))}
              {group('imaging', t('recognition.orderImaging'))}
            </div>
            {missing && (
              <p id={field('items-error')} className="portal-error">
                {t('recognition.orderNone')}
              </p>
            )}
          </div>
          <div className="portal-form__submit">
            <button type="submit" className="yl-button yl-button--primary" disabled={!patient}>
              {t('recognition.orderSubmit')}
            </button>
          </div>
        </form>
      </section>
      {patient && ordered.length > 0 && departmentCode && (
        <div className="portal-panel">
          <OrderCheck patient={patient} itemCodes={ordered} departmentCode={departmentCode} />
        </div>
      )}
    </>
  );
}

interface RegisterProps extends PageProps {
  catalogue: Schemas['CatalogueItem'][];
  today: string;
  onRegistered: (result: Schemas['Result'], search: Search) => string;
}

/** A lab's side of recognition: register a result performed here, so the alliance can find and recognize it. */
function RegisterResult({ t, locale, persona, catalogue, today, onRegistered }: RegisterProps) {
  const { client } = useAlliance();
  const id = useId();
  const [itemCode, setItemCode] = useState('LAB_HBA1C');
  const [performedOn, setPerformedOn] = useState(today);
  const [value, setValue] = useState('6.1');
  const [unit, setUnit] = useState('%');
  const [patient, setPatient] = useState(EXAMPLE_PATIENT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState('');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone('');
    try {
      const result = await client.results.register({
        itemCode,
        performingInstitutionId: persona.institutionId,
        // Midnight in Shanghai of the day performed: never in the future for today.
        performedAt: `${performedOn}T00:00:00+08:00`,
        reportStatus: 'final',
        ...(value ? { value } : {}),
        ...(unit ? { unit } : {}),
        patient,
      });
      const search = { idType: patient.idType, idNumber: patient.idNumber.trim() };
      setDone(t('recognition.registered', { item: onRegistered(result, search) }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string) => `${id}-${name}`;
  return (
    <section className="portal-panel" aria-labelledby={field('heading')}>
      <details className="portal-details">
        <summary>
          <h2 id={field('heading')} className="portal-details__title">
            {t('recognition.register')}
          </h2>
        </summary>
        <p className="portal-note">{t('recognition.registerHint')}</p>
        <form className="portal-form" onSubmit={(e) => void onSubmit(e)}>
          <div className="portal-field">
            <label htmlFor={field('item')}>{t('recognition.item')}</label>
            <select id={field('item')} value={itemCode} onChange={(e) => setItemCode(e.target.value)}>
              {catalogue.map((item) => (
                <option key={item.code} value={item.code}>
                  {itemName(item, item.code, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="portal-field">
            <label htmlFor={field('date')}>{t('recognition.performedAt')}</label>
            <DateField
              id={field('date')}
              block="portal-field"
              value={performedOn}
              required
              onChange={setPerformedOn}
            />
          </div>
          <div className="portal-field">
            <label htmlFor={field('value')}>{t('recognition.value')}</label>
            <input
              id={field('value')}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              maxLength={4000}
            />
          </div>
          <div className="portal-field">
            <label htmlFor={field('unit')}>{t('recognition.unit')}</label>
            <input id={field('unit')} value={unit} onChange={(e) => setUnit(e.target.value)} maxLength={32} />
          </div>
          <div className="portal-field">
            <label htmlFor={field('name')}>{t('recognition.patientName')}</label>
            <input
              id={field('name')}
              value={patient.name}
              required
              autoComplete="off"
              onChange={(e) => setPatient({ ...patient, name: e.target.value })}
            />
          </div>
          <div className="portal-field">
            <label htmlFor={field('sex')}>{t('recognition.sex')}</label>
            <select
              id={field('sex')}
              value={patient.sex}
              onChange={(e) => setPatient({ ...patient, sex: e.target.value as Schemas['Sex'] })}
            >
              {labelValues('sex').map((sex) => (
                <option key={sex} value={sex}>
                  {label('sex', sex, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="portal-field">
            <label htmlFor={field('birth')}>{t('recognition.birthDate')}</label>
            <DateField
              id={field('birth')}
              block="portal-field"
              value={patient.birthDate}
              required
              onChange={(birthDate) => setPatient({ ...patient, birthDate })}
            />
          </div>
          <div className="portal-field">
            <label htmlFor={field('id-type')}>{t('recognition.idType')}</label>
            <select
              id={field('id-type')}
              value={patient.idType}
              onChange={(e) => setPatient({ ...patient, idType: e.target.value as IdType })}
            >
              {labelValues('idType').map((value) => (
                <option key={value} value={value}>
                  {label('idType', value, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="portal-field">
            <label htmlFor={field('id-number')}>{t('recognition.idNumber')}</label>
            <input
              id={field('id-number')}
              value={patient.idNumber}
              required
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setPatient({ ...patient, idNumber: e.target.value })}
            />
          </div>
          <div className="portal-form__submit">
            <button type="submit" className="yl-button yl-button--primary" disabled={busy}>
              {t('recognition.registerSubmit')}
            </button>
          </div>
        </form>
        {error !== undefined && <ProblemNotice error={error} />}
        <p className="portal-success" role="status">
          {done}
        </p>
      </details>
    </section>
  );
}
