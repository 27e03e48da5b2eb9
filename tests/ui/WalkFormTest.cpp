// WalkFormTest: being written.
