export { ColorField } from './ColorField';
export { FieldRow } from './FieldRow';
export { NumberField } from './NumberField';
export { SelectField, type SelectOption } from './SelectField';
export { TextField } from './TextField';
export { TimecodeField } from './TimecodeField';
export { ToggleField } from './ToggleField';
export { CloseStepContext } from './useFieldDraft';
