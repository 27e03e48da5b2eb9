// FieldsForm: being written.
