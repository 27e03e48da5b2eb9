// TugForm: being written.
