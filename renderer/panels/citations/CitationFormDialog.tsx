import { useState, type ReactElement } from 'react';
import { invocation } from '../../../shared/commands';
import { ID_PREFIX, newId, type Citation } from '../../../shared/model';
import { useApi } from '../../api';
import { describeError } from '../../app/errors';
import { Modal } from '../../app/ui/Modal';
import { useEditorServices } from '../../editor/editor-context';
import {
  CITATION_TYPES,
  EMPTY_CITATION_FORM,
  citationFromForm,
  formFromCsl,
  type CitationFormErrors,
  type CitationFormField,
  type CitationFormValues,
} from './citation-form';

/**
 * Add or edit one source by hand: type, authors, title, journal, year, DOI and PMID. DOI and
 * PMID are checked as they are typed (shared/citations/identifiers.ts). An optional online look
 * up fills the form from a DOI or PMID; it is off until the person allows it here.
 */
export function CitationFormDialog({
  citation,
  onClose,
}: {
  /** The citation to edit; a new one is added when absent. */
  citation?: Citation;
  onClose: () => void;
}): ReactElement {
  const api = useApi();
  const { projectId, store } = useEditorServices();
  const [values, setValues] = useState<CitationFormValues>(
    citation === undefined ? EMPTY_CITATION_FORM : formFromCsl(citation.csl),
  );
  const [errors, setErrors] = useState<CitationFormErrors>({});
  const [allowNetwork, setAllowNetwork] = useState(false);
  const [lookup, setLookup] = useState<{ busy: boolean; message: string | null }>({
    busy: false,
    message: null,
  });

  const set = (field: CitationFormField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // Identifiers say what is wrong while typing; other fields once the form is submitted.
    const result = citationFromForm(next);
    const fieldError = result.ok ? undefined : result.errors[field];
    const live = field === 'doi' || field === 'pmid' || errors[field] !== undefined;
    if (live) setErrors({ ...errors, [field]: value.trim() === '' ? undefined : fieldError });
  };

  const submit = () => {
    const result = citationFromForm(values, citation?.csl);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const ok =
      citation === undefined
        ? store.dispatch(
            invocation('citation.add', { id: newId(ID_PREFIX.citation), csl: result.csl }),
            'Add source',
          )
        : store.dispatch(invocation('citation.update', { id: citation.id, csl: result.csl }));
    if (ok) onClose();
  };

  const lookUp = async () => {
    const doi = values.doi.trim();
    const request = doi !== '' ? { doi } : { pmid: values.pmid.trim() };
    setLookup({ busy: true, message: null });
    try {
      const found = await api.call('citations.lookup', { projectId, ...request, allowNetwork });
      setValues({ ...formFromCsl(found.csl), doi: values.doi, pmid: values.pmid });
      setLookup({ busy: false, message: `Filled in from ${found.label}.` });
    } catch (error) {
      setLookup({ busy: false, message: describeError(error) });
    }
  };

  const field = (name: CitationFormField, label: string, hint?: string) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input"
        name={name}
        value={values[name]}
        aria-invalid={errors[name] !== undefined}
        onChange={(event) => set(name, event.target.value)}
      />
      {errors[name] !== undefined ? (
        <span className="field__error" role="alert" data-testid={`citation-form-error-${name}`}>
          {errors[name]}
        </span>
      ) : hint !== undefined ? (
        <span className="field__hint">{hint}</span>
      ) : null}
    </label>
  );

  const hasIdentifier = values.doi.trim() !== '' || values.pmid.trim() !== '';
  const footer = (
    <>
      <span className="citations-dialog__spacer" />
      <button type="button" className="btn" onClick={onClose}>
        Cancel
      </button>
      <button
        type="button"
        className="btn btn--primary"
        disabled={store.getSnapshot().readOnly}
        onClick={submit}
      >
        {citation === undefined ? 'Add source' : 'Save'}
      </button>
    </>
  );

  return (
    <Modal
      title={citation === undefined ? 'Add a source' : 'Edit source'}
      onClose={onClose}
      footer={footer}
      width={560}
    >
      <form
        className="citations-dialog citations-form"
        data-testid="citation-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="field">
          <span className="field__label">Type</span>
          <select
            className="input"
            name="type"
            value={values.type}
            onChange={(event) => set('type', event.target.value)}
          >
            {CITATION_TYPES.map((type) => (
              <option key={type.value} value={type.value}>
                {type.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Authors</span>
          <textarea
            className="input citations-form__authors"
            name="authors"
            value={values.authors}
            placeholder={'Smith, Jane\nWorld Health Organization'}
            onChange={(event) => set('authors', event.target.value)}
          />
          <span className="field__hint">
            One per line as “Family, Given”; an organisation as written.
          </span>
        </label>
        {field('title', 'Title')}
        {field('journal', 'Journal or publisher')}
        <div className="citations-dialog__row">
          {field('year', 'Year')}
          {field('doi', 'DOI', 'e.g. 10.1056/NEJMoa2034577')}
          {field('pmid', 'PMID', 'digits, e.g. 32931596')}
        </div>
        <div className="citations-form__lookup">
          <label className="citations-form__allow">
            <input
              type="checkbox"
              checked={allowNetwork}
              onChange={(event) => setAllowNetwork(event.target.checked)}
            />
            Allow an online look-up (sends the DOI or PMID to doi.org or PubMed)
          </label>
          <button
            type="button"
            className="btn"
            disabled={!allowNetwork || !hasIdentifier || lookup.busy}
            onClick={() => void lookUp()}
          >
            {lookup.busy ? 'Looking up…' : 'Look up'}
          </button>
        </div>
        {lookup.message === null ? null : (
          <p className="muted" role="status" data-testid="citation-lookup-status">
            {lookup.message}
          </p>
        )}
      </form>
    </Modal>
  );
}
