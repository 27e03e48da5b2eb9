// WalkForm: being written.
