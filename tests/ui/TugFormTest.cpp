// TugFormTest: being written.
