// QuestionnaireFormTest: being written.
